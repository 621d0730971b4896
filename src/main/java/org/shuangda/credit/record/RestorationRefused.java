package org.shuangda.credit.record;

import org.shuangda.shared.InvalidInput;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A restoration step the application's state does not allow: 422 on the field {@code status}, naming the step and
 * the state by their labels ("当前状态为“待受理”，不能办理“准予修复（停止公示）”").
 */
public class RestorationRefused extends InvalidInput {

    public RestorationRefused(RestorationAction action, RestorationStatus status) {
        super("status", "credit.restoration.refused.state",
                new DefaultMessageSourceResolvable(new String[] {"credit.restoration.action." + action.name()},
                        action.name()),
                new DefaultMessageSourceResolvable(new String[] {"credit.restoration.status." + status.name()},
                        status.name()));
    }
}
