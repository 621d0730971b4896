package org.shuangda.cases.publication;

import java.util.List;

/** A page of the public list and the number of records matching the search. */
public record PublicationPage(List<PenaltyPublication> rows, long total) {
}
