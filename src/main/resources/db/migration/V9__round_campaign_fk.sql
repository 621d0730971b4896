-- Rounds were built beside the campaigns module; now that both exist, a round must name a real campaign.
alter table report_round
    add constraint report_round_campaign_fk foreign key (campaign_id) references campaign (id);
