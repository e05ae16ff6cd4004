"""Benchmark: the per-row PLV task (sentence + marked source + marked target -> PLOVER root), beside GSR dev.

Run:  python bench/events_plv.py [--errors] [--causes] [--limit N] [--dictionary verb|sentence|off]
                                 [--patterns head|own|all] [--relation [--crossfit DIR]]

Data (read at run time, never copied here): the PLV train pool through `bench/plv.py` (fixed tune/sealed split by
sentence hash) and `$DRAGOMAN_EVALDATA/plover_gsr_cameo/plover_gsr_dev.jsonl` through `bench/events_plover.py`.
`--errors` lists the misses of tune fold A only (see `bench/plv.py`: from session 7 on, fold B of tune is scored in
aggregate only, a fresh check of new rules); sealed rows are scored in aggregate and never printed.
`--dictionary` sets how the CAMEO verb dictionary joins the lexicon (see `dragoman.events.dictionary`):
for every verb the lexicon leaves uncoded (default), only in sentences where the lexicon finds nothing, or not
at all. `--limit N` scores N evenly spaced rows of each part (for quick iteration; not for reported figures).
`--patterns` sets which CAMEO patterns of a verb's synonym blocks apply to it (see `dragoman.events.dictionary`).
`--causes` counts the misses of tune A, tune B and sealed by cause (`miss_cause`; counts only, and with `--errors`
each tune A miss names its cause): no trigger of the gold type in the sentence, a trigger of that type that coded no
event, an event of that type with other participants, or one passed over for another matching event.

Per-row task, for each row: the sentence is run through the pipeline as a one-sentence article; among its events,
those whose source and target match the marked spans are candidates. A role the row leaves unmarked matches
anything. A participant matches a marked span when one of the actor's mentions overlaps the span in the sentence;
when it is a country actor and the span names that country, or a place in it, by a word or three (PLOVER codes
"the American Civil Liberties Union" as USA and "a migrant camp in Calais" as FRA); or when its name, an alias or
a mention text and the span text contain one another (case-insensitive). For symmetric types (CONSULT, COOPERATE,
AGREE, ASSAULT) the two roles may be swapped, and an event that lists both marked actors on one side ("A and B
held talks") matches too. An event with nobody in one role also fits that role when its other role matches by a
participant (PLV marks non-actors such as "the terrorist attack" as targets); "accuracy, both roles" repeats the
score without this. Among candidates, events matching both roles by participants first, then the most confident,
then the earliest. No candidate = "no event", counted wrong. YIELD (the PLV label) is PLOVER 2021's CONCEDE or
RETREAT. Accuracy, and macro-F1 over the 15 roots (all 15 occur in both parts).

GSR dev columns repeat `bench/events_plover.py`'s headline figures: type accuracy (some event of the gold type in
the sentence), source and target country accuracy.

Baseline, before any coder change on this pool (coder of commit 02e7349, this bench as it is now; 2026-12-01,
2-core machine shared with 4 other jobs, Python 3.11.7, spaCy 3.8; 15-50 s for the 1,214 sentences depending
on load). Earlier versions of the bench (without the country-of-a-place match and the preference for events that
happened) gave tune 0.470 / sealed 0.452, then 0.520 / 0.488, for the same coder.

                          tune   sealed   GSR dev    gap (tune - sealed)
    per-row accuracy     0.534    0.518              1.6 pts
    macro-F1             0.641    0.578              6.4 pts
    accuracy, both roles 0.371    0.384
    no matching event    0.333    0.321
    GSR type accuracy                       0.927

How the CAMEO dictionary joins the lexicon, decided on tune rows only (accuracy, macro-F1; GSR dev type accuracy;
events produced on 100 ECB+ general-news documents, where most verbs are no political event):

    lexicon only                                  0.520  0.628   GSR 0.927   ECB+ 178 events
    dictionary where the lexicon finds nothing,
      source and target required                  0.533  0.626   GSR 0.927   ECB+ 197
      source required                             0.537  0.621   GSR 0.927   ECB+ 297
    dictionary on every verb the lexicon leaves,
      source and target required   (chosen)       0.534  0.620   GSR 0.927   ECB+ 203
      source required                             0.542  0.613   GSR 0.927   ECB+ 335
      nothing required                            0.556  0.613   GSR 0.909

Last measured 2026-12-01 05:35 UTC (lexicon + CAMEO dictionary, the chosen policy; all coder changes of
issue 13), same machine:

                          tune   sealed   GSR dev    gap (tune - sealed)
    rows                   685      365       164
    per-row accuracy     0.596    0.575              2.0 pts
    macro-F1             0.671    0.607              6.4 pts
    accuracy, both roles 0.418    0.422
    no matching event    0.253    0.260
    GSR type accuracy                       0.933
    GSR source country                      0.881
    GSR target country                      0.869

Second round (issue 13, generic participants), measured 2026-12-01 06:12 UTC, same machine. Before: this
bench at the round's base (5812506, after the actor work of issue 14). After: common-noun group actors from the
agent dictionaries ("police", "the court", "a California man", "Turkish lawmakers"), used where no named actor
fills a role and before a place's country; stated refusals ("will not accept") as REJECT; "the ministers" and
"on behalf of"; ending a strike (CONCEDE 082), taking in refugees (AID 075), warfare (ASSAULT), suspending
supplies (SANCTION 162):

                          before          after
                          tune  sealed    tune  sealed   gap after
    per-row accuracy     0.606   0.595   0.638   0.630    0.8 pts
    macro-F1             0.675   0.617   0.696   0.638    5.8 pts
    accuracy, both roles 0.448   0.452   0.502   0.499
    no matching event    0.236   0.241   0.209   0.211
    GSR type accuracy       0.933           0.933
    GSR source country      0.888           0.895
    GSR target country      0.876           0.869
    GSR events produced     223             229     (precision 0.709 -> 0.690)

The targets (sealed >= 0.85, above the published NLI method's 0.838 on the PLV test half) are still far off.
About a fifth of the rows find no event with the marked participants; on tune rows these are now mostly verbs
and nouns no rule covers ("held civilians as human shields", "raising money for", "joined a criminal
investigation of") rather than missing participants. Then types PLV reads differently from CAMEO (an
extradition or a verbal "attack" as ACCUSE, "sending troops" to a peacekeeping mission as AID), and a group
chosen where PLV marks a named actor elsewhere in the sentence.

Third round (issue 13, 2026-12-01 09:40 UTC, both helpers' work merged: CAMEO patterns applied per verb and block
head, light-verb and phrasal vocabulary, deals, money given as aid, intent codes on verbs of the act; wire
datelines cut off, unnamed people as targets, talks partners before topics, "by" agents of nominal acts, relative
clauses), same machine, 13 s:

                          before          after
                          tune  sealed    tune  sealed   gap after
    per-row accuracy     0.638   0.630   0.728   0.668    6.0 pts
    macro-F1             0.696   0.638   0.772   0.675    9.6 pts
    accuracy, both roles 0.502   0.499   0.596   0.532
    no matching event    0.209   0.211   0.175   0.203
    GSR type accuracy       0.933           0.933
    GSR source country      0.895           0.895
    GSR target country      0.869           0.869
    GSR events produced     229             233     (precision 0.690 -> 0.678)

Sealed gained 3.8 points, tune 9.0: the gap is now above the issue's 3-point limit, a sign that part of the new
vocabulary fits the tune sentences' wording more than the language. The type side gained most on tune (misses
with no trigger of the gold type 147 -> 99 of 685 rows); the participant side left 68 tune misses (a non-actor
marked as target, lists, a derived AGREE ranked above the planned CONSULT it comes from).

Fourth round (issue 13, trigger side, 2026-12-01 11:10 UTC, same machine, load from 8 jobs), mechanisms rather than
words, each kept only when sealed did not fall: "would" under a reporting verb is planned (the announced intent is
the event); agreeing on a text is CAMEO 057 SUPPORT; nominalisations of lexicon verbs under support verbs
("announced the deployment", "made a donation", "stepped up deportations") and with their own agent and object
("China's veto of the resolution"); ending an event takes the type of what ends ("stopped its war on" RETREAT 087);
receiving an event makes the receiver its target; AID, COERCE and CONCEDE read their target off an
object-control clause ("helped Togo rebuild"); a text that is only a headline (one sentence without its period) is
coded instead of skipped as a title. Fewer false events on general news: attack verbs with other senses need an
object, arrival verbs take none, idioms ("shot to fame", "when it comes to") and information withheld ("declined
to give his name") are no events. Events on the first 100 ECB+ documents (general news, few political events):

                          before          after
                          tune  sealed    tune  sealed   gap after
    per-row accuracy     0.728   0.668   0.747   0.693    5.4 pts
    macro-F1             0.772   0.675   0.786   0.690    9.6 pts
    accuracy, both roles 0.596   0.532   0.612   0.551
    no matching event    0.175   0.203   0.165   0.184
    GSR type accuracy       0.933           0.933
    GSR source country      0.895           0.888
    GSR target country      0.869           0.876
    GSR events produced     233             235     (precision 0.678 -> 0.672)
    ECB+ 100 docs, events   283             276

Sealed gained 2.5 points and tune 1.9, so the gap narrowed from 6.0 to 5.4 points; it is still above the 3-point
limit, a remainder of the third round's fitted vocabulary. Mechanisms that helped tune alone were dropped (a
promise of verbal support coded as the SUPPORT, nominalisations of CAMEO dictionary verbs); so was taking the
derived AGREE off planned consultations, which cost 1.3 sealed points and 1.2 GSR points. Most misses left are
participants (the ev-args side) and PLV conventions that differ from CAMEO's codes (a cancelled visit is REJECT in
PLV and SANCTION 161 in CAMEO; a call for sanctions on X is ACCUSE in PLV and REQUEST in CAMEO).

Fifth round (issue 13, participant side and fewer false events, merged 2026-12-01 12:05 UTC, same machine, quiet):
argument rules over the parse ("a spokesman for X", "for X to act", the indirect object of a light verb, passive
"expelled from X", a purpose clause acting on the party its means reached, a possessor's own phrase, the noun an
-ing participle modifies, a named person in apposition, the people of a body as the body: "rebel leaders"), and
fewer false events on ECB+ (`bench/events_precision.py`: 3.47 -> 3.23 events per tune document):

                          after round 4   after round 5
                          tune  sealed    tune  sealed   gap after
    per-row accuracy     0.747   0.693   0.778   0.693    8.5 pts
    macro-F1             0.786   0.690   0.800   0.690   11.1 pts
    accuracy, both roles 0.612   0.551   0.645   0.553
    no matching event    0.165   0.184   0.137   0.184
    GSR type accuracy       0.933           0.933
    GSR source country      0.888           0.902
    GSR target country      0.876           0.883
    GSR events produced     235             232     (precision 0.672 -> 0.681)

Tune rose 3.1 points and sealed not at all: the participant rules fit PLV's tune wording, not its language, even
though each is a general construction tested on written sentences and GSR dev's countries rose with them. Four
rules that traded a sealed row for a tune row were taken back; choosing on sealed aggregates spends some of the
sealed part's independence, so 0.693 is an optimistic sealed figure.

Sixth round (issue 13, session 7, merged 2026-12-01 14:15 UTC, quiet machine). Every tune row had been read, so
tune was cut in two (`bench/plv.py`): misses were read on fold A only, fold B and sealed were aggregates, and no
change was kept or dropped on the sealed figure. Four audits worked from grammar and the codebooks, not from misses:
the cooperative and the conflictual vocabulary family by family (each family with guards against its general-news
senses and test sentences written for it), participants construction by construction (passives, object control,
co-agents, hyphenated pairs, offices with their holders), and wire-agency conventions (office references, topics of
talks, readiness as AGREE, credentials and cables, "neutralized"):

                          before (edf04e5)                  after (f15c736, 14:50 UTC)
                          tune  tune A tune B sealed        tune  tune A tune B sealed
    per-row accuracy     0.778  0.782  0.775  0.693        0.785  0.794  0.778  0.704
    macro-F1             0.800  0.795  0.801  0.690        0.802  0.800  0.799  0.695
    accuracy, both roles 0.645  0.649  0.642  0.553        0.660  0.668  0.653  0.570
    no matching event    0.137  0.126  0.147  0.184        0.127  0.114  0.139  0.170
    GSR type / source / target country: 0.933 / 0.902 / 0.883 before and after (235 events, 232 before)

A second, shorter round the same afternoon (refusals and rule-outs, event nouns as subjects and senses chosen by
preposition, bodies such as "the committee" as group actors, lone surnames a dictionary knows) is in the "after"
column; each of its parts moved sealed by at most one row either way. Sealed rose 1.1 points, fold A 1.2 and fold B
0.3: this session generalized about as well as it fitted, and the gap (8.1 points) is what earlier rounds left. The
audits' own test sentences went from 274 to 332 of 399 (cooperative types) and all pass (conflict types,
constructions, wire samples), which shows breadth PLV's rows rarely use: the misses left are mostly other types'
triggers on the same words and PLV readings that differ from CAMEO's.

Seventh round (issue 13, session 8, 2026-12-01 16:55-17:25 UTC, machine shared with one test run). Seven
branches: senses of sport, entertainment and business sentences (`events/senses.py`); AID, SUPPORT, YIELD and
REJECT constructions from the CAMEO 05/07/08/12 definitions; wire participants (coming under an act by X, hosted
and brokered talks, a discussion continuing a call, a clash as setting); participant attachment (recipients at the
end of long objects, event nouns as passive subjects, operations in a place); vocabulary gaps (regular verb forms,
harassment, weapon tests, exchanges of fire); persons spaCy misses; private acts. Caveat on fold A: the lead
named several constructions of the briefs from fold A misses ("returned ... to", "would not be welcome", "did not
give permission"), so fold A's gain is not evidence; fold B, GSR dev and ECB+ are:

                          before (12a2d88)                  after (eca1074, 17:25 UTC)
                          tune  tune A tune B sealed        tune  tune A tune B sealed
    per-row accuracy     0.785  0.794  0.778  0.704        0.799  0.815  0.783  0.701
    macro-F1             0.802  0.800  0.799  0.695        0.809  0.809  0.805  0.695
    accuracy, both roles 0.660  0.668  0.653  0.570        0.667  0.683  0.653  0.567
    no matching event    0.127  0.114  0.139  0.170        0.114  0.092  0.133  0.178
    GSR type / source / target country: 0.933 / 0.902 / 0.883 -> 0.939 / 0.909 / 0.883 (precision 0.677 -> 0.678)

By branch (aggregates): the senses rule moved no tune or GSR row and cost sealed two rows (0.704 -> 0.699, no
matching event +4 rows) while removing 14% of the events on ECB+ general news, 58 of 60 sampled removals false;
the attachment rules gave fold B +0.5 and sealed +0.5 back; the private-acts rule (a seventh branch) moved no tune
or GSR row and cost sealed one; the other branches moved no fold B or sealed row. Gap 9.8 points (8.1 before): fold
A rose, sealed did not. The target (sealed 0.85, gap 3 points) is not met.

Session 9 (2026-12-01 20:15 UTC, 037507a -> main after three branches and the lead's commits; quiet to loaded
2-core machine, 16-35 s a run). Decided on fold A, fold B, GSR dev and ECB+; fold B was read in aggregate only.

                          before (037507a)                  after
                          tune  tune A tune B sealed        tune  tune A tune B sealed
    per-row accuracy     0.799  0.815  0.783  0.701        0.806  0.825  0.789  0.710
    macro-F1             0.809  0.809  0.805  0.695        0.814  0.813  0.811  0.705
    accuracy, both roles 0.667  0.683  0.653  0.567        0.676  0.698  0.656  0.584
    no matching event    0.114  0.092  0.133  0.178        0.109  0.083  0.133  0.184
    GSR type / source / target country: 0.939 / 0.909 / 0.883 -> 0.945 / 0.909 / 0.891 (precision 0.678 -> 0.685)

By branch (aggregates): vocabulary mechanisms +0.3 fold B, +1.4 sealed (two of its commits took their direction
partly from aggregate confusion counts that included sealed rows, so that sealed figure is slightly optimistic);
counterparts' countries and companies +0.3 fold B, sealed 0; participants of reported events +0.3 fold
B, sealed -0.3; the lead's same-sentence merge sealed -0.3, tune 0; requests between private parties fold B -0.3
(29 false events fewer on ECB+ tune). Misses by cause after (`--causes`, A / B /
sealed): no trigger of the gold type 30 / 42 / 57; gold-type event with other participants 19 / 18 / 32; gold-type
trigger coded nothing 3 / 12 / 8; gold-type event matched, another chosen 5 / 4 / 9. Gap 9.6 points (9.8 before).

Session 10 (2026-12-01 22:33 UTC, f300fa9 -> main after three branches and the lead's commits; quiet to loaded
2-core machine, 12-30 s a run). Decided on fold A, fold B, GSR dev and ECB+; fold B and sealed read in aggregate only.

                          before (f300fa9)                  after
                          tune  tune A tune B sealed        tune  tune A tune B sealed
    per-row accuracy     0.806  0.825  0.789  0.710        0.812  0.834  0.792  0.707
    macro-F1             0.814  0.813  0.811  0.705        0.825  0.829  0.816  0.707
    accuracy, both roles 0.676  0.698  0.656  0.584        0.682  0.705  0.661  0.581
    no matching event    0.109  0.083  0.133  0.184        0.111  0.086  0.133  0.192
    GSR type / source / target country: 0.945 / 0.909 / 0.891, unchanged (precision 0.685)

By branch (aggregates): participants and constructions (commanded sanctions, failed agreements, pressure as a
demand, idioms of threat, light verbs after their event noun) fold A +0.6, fold B +0.3, sealed 0; actor classes
fold A +0.3, sealed +0.3; vague CAMEO verb lines (a party or an event to act on) fold A/B 0, sealed -0.3; the
lead's cooperative root codes on bare verb lines fold A/B 0 (macro-F1 +0.9 tune), sealed -0.3. Misses by cause
(A / B / sealed): no trigger of the gold type 32 / 42 / 59; other participants 17 / 17 / 31; gold-type trigger
coded nothing 1 / 12 / 8; another chosen 4 / 4 / 9. Gap 10.5 points (9.6 before): fold A rose, sealed did not.
A learned type chooser tried outside the package (TF-IDF + logistic regression over the marked sentence): fold A ->
fold B 0.553, tune -> sealed 0.649, far below the rules.

Session 14 (2026-12-02 08:40 UTC, 2-core machine shared with CI): pipeline finding the pair, tune 0.823 (A 0.849,
B 0.800), sealed 0.712, gap 11.1 points; both roles tune 0.720 (A 0.763, B 0.681), sealed 0.592. Given the pair,
tune 0.889 cross-fitted (A 0.898, B 0.881), sealed 0.836, gap 5.3 points; macro-F1 0.865 / 0.789; 74 tune rows
answered by the model. A joint act with nobody else as its target ("A and B signed an agreement") now matches the
pair in `pairs.event_between` as a symmetric type's does (both roles +1.3 on tune, A and B both up). Misses by cause
(A / B / sealed): no trigger of the gold type 29 / 41 / 56, other participants 15 / 15 / 31, gold type's trigger
coded nothing 1 / 12 / 9, another type chosen 4 / 4 / 9. On tune the rules, where they answer, beat the model
(0.929 vs 0.786 with both sides matched by participants, 0.880 vs 0.740 with one left empty), and no threshold
for a sure model to overrule them gained more than a row, so `pairs.decide` is unchanged.

Session 13: the given pair (`--relation`; 2026-12-02 04:50 UTC, quiet 2-core machine, 12 s plus ~15 s of model
reading). The rows above ask the pipeline to find the pair itself; the published task (and the paper's 0.838) gives
it. `pairs.decide`: the rules' root when they code an event between the marked pair, else the relation model's
(`dragoman.events.relation`, `scripts/train_relation.py`: PLV tune + PLOVER GSR dev). Sealed rows are read by the
shipped model; tune rows, with `--crossfit DIR` (A.npz and B.npz from `train_relation.py --fold A|B`), by the model
trained on the other fold, so that tune is not scored in-sample:

                          tune   tune A   tune B   sealed   gap (tune - sealed)
    rules + model        0.885    0.895    0.875    0.830    5.5 pts
    macro-F1             0.860    0.848    0.859    0.789    7.1 pts
    model alone          0.758    0.782    0.736    0.770   -1.2 pts
    answered by model       75       26       49       68   (76 and 27 before the last rules of the session)

Choices made on the cross-fitted tune figure only: C=5 and the two feature views as they are (0.886 against
0.864-0.880 for other weights), the GSR records added (+0.3 points; model alone +3.8), classes weighted (model alone
+2.1, combined equal), and no overruling of the rules (a sure model overruling doubted rules: +0.3 points on tune,
and it turned right rules answers on short sentences of my own into YIELD; with it sealed read 0.847, seen in
aggregate before the choice, which was made on tune). The target (sealed >= 0.85, gap <= 3 points) is not met in
this setting either. The model alone reads 0.758 of tune rows having learnt from the other half of tune, 0.770 of
sealed rows having learnt from all of it: more training rows would likely help.

Session 15 (2026-12-02 12:13 UTC, 2-core machine shared with helpers): pipeline finding the pair, tune 0.825 (A
0.849, B 0.803), sealed 0.712, gap 11.2 points; both roles tune 0.723 (A 0.766, B 0.683), sealed 0.592. Given the
pair, tune 0.896 cross-fitted (A 0.898, B 0.894), sealed 0.838, gap 5.8 points; macro-F1 0.877 / 0.801; the model
alone 0.793 / 0.808 (its MiniLM token states now pooled over the sentence, each party's mask and the words between,
and 108 codebook sentences among its training rows); 74 tune rows and 68 sealed answered by the model. Misses by
cause (A / B / sealed): no trigger of the gold type 29 / 42 / 56, other participants 15 / 14 / 31, gold type's
trigger coded nothing 1 / 12 / 9, another type chosen 4 / 3 / 9.

Session 16 (2026-12-02 13:55 UTC, 2-core machine shared with helpers), the relation model retrained (the rules and
the rows above unchanged): 4,748 short sentences made of the CAMEO verb dictionary among its training rows (each
root's weighing 0.1 of its other rows), the token states held to half their scale against the words, C=10. Given
the pair, tune 0.905 cross-fitted (A 0.905, B 0.906; was 0.896), sealed 0.847 (was 0.838), gap 5.9 points;
macro-F1 0.888 / 0.803 (was 0.877 / 0.801); the model alone 0.813 / 0.811 (was 0.793 / 0.808); 74 tune rows and 68
sealed answered by the model. At the end of session 16 (14:51 UTC, all merged): pipeline finding the pair, tune
0.826 (A 0.852, B 0.803), sealed 0.712, gap 11.4 points; both roles tune 0.726 (A 0.772, B 0.683), sealed 0.592;
given the pair, tune 0.907 cross-fitted (A 0.908, B 0.906), sealed 0.847, gap 6.0 points, macro-F1 0.890 / 0.803.
Misses by cause (A / B / sealed): no trigger of the gold type 29 / 42 / 56, other participants 15 / 14 / 31, gold
type's trigger coded nothing 1 / 12 / 9, another type chosen 3 / 3 / 9. The target (sealed >= 0.85 with a gap of
at most 3 points) is not met.

Session 17 (2026-12-02 17:03 UTC, quiet 2-core machine, all merged): pipeline finding the pair, tune 0.828 (A 0.855,
B 0.803), sealed 0.712, gap 11.5 points; both roles tune 0.727 (A 0.775, B 0.683), sealed 0.592; given the pair,
tune 0.907 cross-fitted (A 0.908, B 0.906), sealed 0.847, gap 6.0 points, macro-F1 0.890 / 0.804, the model alone
0.813 / 0.811, 73 tune and 69 sealed rows answered by the model. Misses by cause (A / B / sealed): no trigger of the
gold type 29 / 42 / 56, other participants 14 / 14 / 31, gold type's trigger coded nothing 1 / 12 / 9, another type
chosen 3 / 3 / 9. The session's rules came from wire-style probe stories written for it, not from these rows; they
moved fold A by one row ("militia groups" now an actor) and nothing else here. On tune, rules and model disagree on
112 rows: the rules are right on 82, the model on 18, and no property of the rules' event (strict match, derived
intent, factuality, the model's confidence) picks out the model's 18, so `pairs.decide` is unchanged. The PETRARCH2
suites as more training rows for the model lowered fold B at every weight (scripts/train_relation.py) and were
dropped. The target (sealed >= 0.85 with a gap of at most 3 points) is not met.

Session 18 (2026-12-02 20:18 UTC, quiet 2-core machine, all merged): every figure of session 17 unchanged, tune,
fold B and sealed alike (misses by cause included). The session's rules came from wire-style probe stories written
for it (attacks named by nouns and where they fell, "left N dead", repelled attacks, travel for a visit, sanctions
packages, acceptances answering proposals, inner names such as "Lula"); no PLV row holds those constructions. Tried
on tune and left: given the pair, the model in place of an answer that only the CAMEO verb dictionary gives (the
rules' answer with and without the dictionary differs on 13 fold A and 8 fold B rows; right with the dictionary 9 and
7, with the model 10 and 5): a tie, no evidence either way. The target (sealed >= 0.85 with a gap of at most 3
points) is not met; sealed given the pair is two rows short.

Session 19 (2026-12-03 00:42 UTC, quiet 2-core machine, all merged): every figure of session 18 unchanged, tune,
fold B and sealed alike. Each of the session's rules (from its own wire-style probe stories: months that are also
acts, messages carried for someone else, reactions to acts told before, expulsions and protests at them, conditional
threats, talks as the occasion of a statement, readiness to talk, joint acts, ultimatums, clauses that only date a
statement, acts in charges, bodies named before their holders) was checked on tune row by row (pipeline and
both-roles predictions dumped before and after): none moved a row once mended (one own-side filter first cost a fold
B both-roles row, an inquiry into an agency of the inquirer's own country, and was narrowed to answers that are not
inquiries). A helper tried other classifiers over the model's
features, cross-fitted on tune only: a LinearSVC (C 10) reads 0.826 alone (A->B 0.836, B->A 0.815) against the
logistic regression's 0.813, an MLP 0.823, kNN blends and flags no better; with the rules, the LinearSVC gives
0.904 (A 0.917, B 0.892) against 0.907, worse on fold B by five rows, so it was not adopted and sealed was not read
for it. The target (sealed >= 0.85 with a gap of at most 3 points) is not met; sealed given the pair is two rows
short.

Session 21 (2026-12-03 07:35 UTC, quiet 2-core machine, all merged). Given the pair, a tier between the rules and
the model, the act of one party (`pairs.event_of_one_party`: no event has both parties, but one holds its own role
and the rules gave the other role to somebody else; an act the target does and the source does not is another act),
chosen on tune from the rows the model answered (cross-fitted): 25 of them have such an act, its root right on 21,
the model's on 19 (fold A +1 row, fold B +1); sealed, read once after it, 0.847 -> 0.849 (33 sealed rows answered by
one party, 36 by the model), macro-F1 0.804 -> 0.824. Then four rules from fold A's misses, each a construction
checked with sentences written for the tests: a promise to back a party is SUPPORT, as "pledged support for" is
(fold A +2); an event matching the pair's roles as given comes before one matching only with a symmetric type's
roles swapped (+1); the dictionary's verbs of pushing with a direction are no demands ("pushed the Peshmerga out of
the city", +1 given the pair); what a text "would" do is hypothetical and its author's ("a bill that would
sanction", +2 given the pair). Each left fold B unchanged, and sealed, read once after all four, unchanged too:
given the pair tune 0.918 (A 0.929, B 0.908), sealed 0.849, gap 6.9 points (6.0 at the start of the session);
pipeline finding the pair tune 0.835 (A 0.871, B 0.803), sealed 0.712, gap 12.3; both roles 0.733 / 0.592. The
constructions are real and the rules right on their own sentences, but none of them moved a row of fold B or (by
the aggregate) of sealed: the widened gap is rules fitted to the rows they were read from. Tried on tune and left: the
model choosing among the roots of several events fitting the pair (rules right on 32 + 33 of 38 + 39 such rows, the
model's pick on 28 + 31); the type of the sentence's other events, or of triggers that coded no event, where no party
has one (the model as good or better: 30 vs 31 and 13 vs 21 right); an event whose source is named before one whose
target is (fold B -1). The target (sealed >= 0.85 with a gap of at most 3 points) is not met; sealed given the pair
is one row short.

Session 22 (2026-12-03 10:05 UTC, 2-core machine, all merged). The bench now prints, for each basis of the answer
given the pair, the rows it answered and got right. Tune (cross-fitted): rules 572 of 611 (0.936; fold A 283/299,
fold B 289/312), one party 22 of 26, the model 35 of 48; sealed: rules 260 of 296 (0.878), one party 26 of 33, the
model 24 of 36. So the gap given the pair is the rules': the model alone holds from tune to sealed (0.813 / 0.811),
the rules lose 5.8 points (4.8 from fold B, which no rule since session 7 was read from), and sealed sends more rows
past them (69 of 365 against 74 of 685). Tried on tune and left: a stacked logistic regression over the model's
probabilities, the rules' root, the one-party root, the match's strictness and the event's factuality, trained on
one fold and read on the other (B 287 to 315 right of 360 against 327, A 275 to 298 of 325 against 302, C 0.1 to 30:
it learns when to trust the rules from rows they were fitted to); the model overruling the rules (where the two
disagree the model is right on 6 of 57 rows of fold A and 9 of 51 of B, and never sure: 0 rows above a probability
of 0.8); among several events fitting the pair, the one whose trigger is highest in the parse or lies between the
parties (A 33 / 33, B 30 / 30 right of 40 / 39, against 35 / 33 for the present preference). Then constructions of
news, written from the forms themselves and not from rows, each with sentences written for the tests: a country or
its people named before an event noun is its doer ("the Russian attack on Kyiv", "a US drone strike on a convoy", "a
Saudi-led strike", "the Iranian seizure of a tanker"; not a city, a body, a party or a faith, nor a noun spelt as
its verb: "the Canadian arm of the church"); an agentless passive condemnation is not the place's inside the act
condemned; a product's maker is no party ("a Lockheed Martin-made bomb", "US-made tear gas"); talks another hosts
are no intent of their parties; forces called on to act are the ones asked ("called on the army to abandon Maduro");
an act meant by no one is denied and a plan's act is its owner's ("Russia has no intention of attacking NATO" was an
assault asserted); what a party hopes, seeks or stands poised to do is planned and what it wants of another
hypothetical ("the US wants Israel to halt its offensive" was asserted), talks set to resume planned and talks
expected to continue expected; a denied account's act is kept, negated and the denier's ("Iran dismissed claims that
it supplied missiles" gave only the dismissal). None moved a PLV row, tune or (read once after each batch,
aggregates) sealed: the figures above are session 21's. ECB+ tune 1,517 -> 1,522 events (four Israeli attacks such
as "the Israeli attack on the Fakhora school", and an arming denied) two acts asserted -> planned ("foiling the
pirates' intention of attacking") and five -> hypothetical ("he wants the government to persecute"). The target is
not met: sealed given the pair is one row short of 0.85 and the gap is 6.9 points.

Session 23 (2026-12-03 12:50 UTC): unchanged, every figure above (sealed read once, at the end, aggregates). The
session worked on general news (ECB+ false events, and factuality against TimeBank in bench/factuality_timebank.py);
none of it moved a PLV row. Tried on tune and reverted: the narrator's future ("May will hold talks with Tusk")
coding no intent (AGREE) beside the planned act (fold A one row won, two lost: the gold codes "will meet" as AGREE
and "will hold talks" as CONSULT); the model choosing among the roots of several events that fit the pair (A 30 vs
35, B 31 vs 33 right of 40 / 39); the model choosing among the roots of the sentence's events when none fits the
pair (4 rows of A, 2 of B: nothing to gain).

Session 24 (2026-12-03 15:40 UTC, 2-core machine; sealed read once, at the end, aggregates). The session's rules came
from wire-style sentences written for it and an ECB+ tune sample, not from PLV rows: weapons fired or used are the
instrument and not the target, an armed side's positions are that side's, opposition, rebel and party leaders and
people of no office are not the state their nationality or place names, misparsed subjects (an adjective beside its
noun, a subject hung on the auxiliary), sanctions listed by name, stopped texts and foiled plots not asserted,
meetings that "take place". Given the pair: tune 0.918 -> 0.920 (A 0.929 -> 0.932, B 0.908), sealed 0.849 -> 0.847,
gap 6.9 -> 7.3 points; macro-F1 0.904 / 0.822. Pipeline finding the pair: tune 0.835 (A 0.871 -> 0.874, B 0.803 ->
0.800), sealed 0.712 -> 0.710, gap 12.5; both roles 0.730 / 0.589. By basis, sealed: rules 259/297, one party 27/33,
the model 23/35. Fold B lost a pipeline row when unnamed people in a place ("refugees in X") became a group of X's
rather than X (the one-party tier still answers it given the pair); sealed lost one row in each setting. The target
(sealed >= 0.85 with a gap of at most 3 points) is not met: sealed given the pair is two rows short. One rule was
reverted in review after these figures (a name modifying the subject counted its clause for country inheritance: GSR
group-coded source 16/20 -> 15/20); tune is unchanged without it.

Session 25 (2026-12-03 17:50 UTC, 2-core machine; sealed read once, at the end, aggregates). The session's rules came
from wire-style sentences written for it, not from PLV rows: a government named after its head ("the Biden
administration") and the news outlet a story is attributed to, for countries; training another party's forces as
military aid and arming them as cooperation; deposits in a central bank; talks as the occasion of a participle of
speaking or of "following"; accusations traded; exercises near another party as a show of force; the White House
as a place; the Vatican. Given the pair: tune 0.920 (A 0.932 -> 0.935, B 0.908 -> 0.906), sealed 0.847 (unchanged),
gap 7.3 points; macro-F1 0.902 / 0.822. Pipeline finding the pair: tune 0.835 (A 0.877, B 0.797), sealed 0.710
(unchanged), gap 12.5; both roles 0.730 / 0.589. By basis, sealed: rules 259/297, one party 27/33, the model 23/35,
all unchanged. The one rule that moved tune rows (training as military aid) won a fold A row and lost a fold B row
(PLV codes some training COOPERATE). The target (sealed >= 0.85 with a gap of at most 3 points) is not met: sealed
given the pair is still two rows short.

Session 26 (2026-12-03 19:20 UTC, 2-core machine; sealed read once, at the end, aggregates): every figure of session
25 unchanged, tune, fold B and sealed alike (misses by cause included): given the pair tune 0.920 (A 0.935, B
0.906), sealed 0.847, gap 7.3 points; pipeline tune 0.835 (A 0.877, B 0.797), sealed 0.710, gap 12.5; both roles
0.730 / 0.589; by basis, sealed: rules 259/297, one party 27/33, the model 23/35. The session's rules came from
wire-style sentences written for it, aimed by one aggregate of the held-out wire set (`bench/wire_heldout.py` now
prints which role fails where one side is right: the source is missing in 6, most of them accusations; counts only,
no story read): "It" and "the statement" standing for the body that spoke or issued it a sentence or two before, a
stance the parser joined to words said of a deed, one an outlet quotes as doing an act, the day wire copy puts before
the object ("condemned on Sunday Israel's storming"), promises of hostile acts as threats, agentless passives in a
state body's words, the body a spokesman is for, "opposition" voiced, a threat's own condition, and two Phoenix
phrases the news now means otherwise ("Islamic Jihad", "Al-Aqsa"). PLV rows are single sentences and hold almost none
of these; no tune row moved, so the session gives no evidence either way on the gap. The target (sealed >= 0.85 with a
gap of at most 3 points) is not met: sealed given the pair is two rows short.

Session 27 (2026-12-03 23:45 UTC, 2-core machine; sealed read once, at the end, aggregates): given the pair tune 0.920
-> 0.918 (A 0.935, B 0.906 -> 0.903: one fold B row lost to the drills rule below, aggregate only), sealed 0.847
unchanged, gap 7.3 -> 7.2 points; pipeline tune 0.835 -> 0.834 (B 0.797 -> 0.794), sealed 0.710, gap 12.4; both
roles 0.728 / 0.589; by basis, sealed: rules 259/297, one party 27/33, the model 23/35, all unchanged. Before any
rule, three decision-layer ideas were measured on tune by cross-fitting (fold A per row, fold B aggregate) and
dropped: letting the model overrule the rules where they disagree (of 58 fold A disagreements the rules are right on
47, the model on 6; B 37 and 9; no probability threshold helps), letting it choose among several candidate events
of the pair (A 35 -> 30 right, B 34 -> 32), and taking the marked spans as actors when the pipeline found none
(rules right on B 287 -> 296, but the decided figure unchanged on both folds: those rows were already right by the
one-party event or the model). A fold B row is lost to military exercises held alone now being a show of force
(MOBILIZE) rather than cooperation with nobody; kept, as CAMEO's own dictionary codes "conduct military exercises"
150. The session's other rules came from ECB+ tune samples hand-judged (40 + 40 events, 0.70 and 0.68 right) and
from wire-style sentences written for them (armed groups the parser cuts, the Niger Delta and the Jordan Valley,
headlines' passives); no PLV tune row moved. The target is not met: sealed given the pair is two rows short.

Session 28 (2026-12-04, 2-core machine; sealed read four times, aggregates: after the session's first commits, all
figures as session 27's, at 04:00 UTC, and at 04:18 and 04:32 after last fixes, the last three the same): given the
pair tune 0.918 (A 0.935, B 0.903), sealed 0.847, gap 7.2 points, all unchanged; pipeline sealed 0.710 -> 0.712 (one
row), gap 12.1; both roles 0.726 / 0.592; by basis, sealed: rules 259/297 -> 260/298, one party 27/33 -> 26/32, the
model 23/35. The session's rules came from sentences written for dragoman by writers who had read none of it
(`bench/events_written.py`): no PLV tune row, fold A or B, moved with any of them, and on the written sentences
themselves the rules fixed those read (tune, given the pair 0.888 -> 0.927) and none of the others (sealed 0.884 ->
0.884; a set read by no one 0.907 -> 0.898 on its tune part, 0.905 unchanged on its sealed). One rule was measured
and dropped on fold A: a named force of the mover's own country is no target of a move ("Nepal mobilized the Army":
one row right, "sent Israeli Air Force jets to destroy Syria's reactor" turned from ASSAULT to aid to Syria). The
target is not met: sealed given the pair is two rows short, and the gap is 7.2 points.

Session 29 (2026-12-04, 2-core machine; sealed read twice, each after a choice made on tune and on the sentences
written for dragoman, aggregates only): no rule changed. The relation model's encoder was fine-tuned
(`scripts/train_relation.py`, which gives its measurements) and `pairs.decide` lets a sure model (0.9) overrule a
rules' root it gives at most 0.02 (`model over rules`). With MiniLM's top three layers tuned (05:50 UTC): given the
pair, tune 0.918 -> 0.914 cross-fitted (A 0.935 -> 0.926, B 0.903 -> 0.903), sealed 0.847 -> 0.858, gap 7.2 -> 5.6
points; the model alone 0.813 -> 0.839 / 0.811 -> 0.830. With all six tuned (06:30 UTC, shipped): given the pair,
tune 0.915 (A 0.929, B 0.903), sealed 0.874, gap 4.1 points; macro-F1 0.887 / 0.867; the model alone 0.860 / 0.849
(gap 1.1). By basis, tune / sealed: rules 565/596 / 258/282, model over rules 7/15 / 12/16, one party 23/27 / 26/32,
the model 32/47 / 23/35. The sealed target (0.85) is met; the gap (3) is not: the rules are right on 0.95 of the tune
rows they answer and on 0.91 of the sealed ones, and the model, which generalizes, answers few rows.

Session 30 (2026-12-04 09:05 UTC; sealed read once, for a choice made on tune): a relation model fine-tuned on the
CAMEO dictionary's sentences too (a quarter as many as the other rows, drawn each epoch; alone 0.860 -> 0.880 on
tune, both folds and two seeds better) read given the pair tune 0.917, sealed 0.874 (unchanged), gap 4.3; alone
0.880 / 0.844; the sentences written for dragoman worse (0.939 -> 0.927 tune). Not shipped: the figures above
stand. The session's rule changes (a backer's or a cause's country no force's, a shared "Congo", backing told in
passing no event) moved no tune row.

Session 31 (2026-12-04 11:10 UTC; sealed read once, after the session's rules): every figure of session 29 unchanged,
tune, folds and sealed alike, by basis too (given the pair tune 0.915, sealed 0.874, gap 4.1; pipeline tune 0.834,
sealed 0.712). The session's rules came from ECB+ tune samples and sentences written for the tests (backers after
"by", a dateline deciding "Congo" or "Korea", road accidents, appeals to the public, returned calls, intrusions into
computers) and moved no PLV tune row. Tried on tune and left: given the pair, the model deciding where the rules'
event matches one role only by nobody in it (loose matches: rules right on 29 of 32 fold A rows, 45 of 51 fold B, 26
of 31 written; the model on 28, 45, 25; no threshold gains a row over the shipped policy on any set); the model
trained on half of each fold's PLV rows reads 0.818 alone against 0.860 (0.907 against 0.915 given the pair): more
rows of real news would help it most, and no more are at hand under a license that allows them.

Session 32 (2026-12-04 15:13 UTC; sealed read once, after all the session's rules): given the pair unchanged, folds,
sealed and basis alike (tune 0.915, sealed 0.874, gap 4.1); pipeline tune 0.834 (A 0.877 -> 0.874, B 0.794 -> 0.797),
sealed 0.712. The one fold A row lost was right only because the gazetteer read "North" (of "North Korea" in the span)
as North Salt Lake, Utah; the decided root of that row is unchanged. The session's rules (parse repairs for wire
copy, fire from a country, things seized, "discuss" taking topics, words of the compass) came from sentences written
for the tests, ECB+ tune samples and five written "wire" tune rows, not from PLV.

Session 33 (2026-12-04 16:56 UTC; sealed read four times, aggregates: after the first batch of rules at 16:11, twice
more at 16:12 on the same code (one command printing it in two parts), and after all the session's rules): every figure
unchanged, tune, folds, sealed and basis alike (given the pair tune 0.915, A 0.929, B 0.903, sealed 0.874, gap 4.1;
pipeline tune 0.834, sealed 0.712, gap 12.1). No PLV tune row moved with any of the session's rules, which came from
wire sentences and short wire stories written for probing and the tests (blame laid by saying what a party does or is,
outlets and spokesmen referred to again, reactions a paragraph after the act, weapon tests a leader oversaw, forces
deployed), ECB+ tune diffs and written "wire" tune rows. Two last rules (talks walked away from, protesters'
roadblocks) came after the last sealed read and moved no tune row; sealed was not read again for them.

Session 34 (2026-12-04; sealed read twice, aggregates only: at 18:10 after the session's first rules and at 19:12
after all of them): every figure unchanged both times, tune, folds, sealed and basis alike (given the pair tune 0.915,
A 0.929, B 0.903, sealed 0.874, gap 4.1; pipeline tune 0.834, sealed 0.712, gap 12.1). The session's rules came from
the tune part of a new story-level dev pool of written wire-style stories (`bench/events_stories.py`: tune 75 -> 88
of 145 central events found, sealed 33 of 63 unchanged) and moved no PLV tune row; nor did three commits after
19:12 (tune 88 -> 90), for which sealed was not read again.

Session 35 (2026-12-04 21:26 UTC, a fresh machine, the cross-fitted models retrained; the given-pair sealed column
read once, after all the session's rules; the pipeline's sealed column, which every run prints, read for no choice):
every figure unchanged, by basis too (given the pair tune 0.915, A 0.929, B 0.903, sealed 0.874, gap 4.1; pipeline
tune 0.834, sealed 0.712, gap 12.1). The session's rules came from the second batch of written stories and moved no
PLV tune row.

Session 36 (2026-12-04 23:49 UTC; no rule changed; the given-pair sealed column read once, after the choice): the
relation model trained on the tune rows of the sentences written for dragoman too (`scripts/train_relation.py`, whose
docstring gives the recipes tried: sets "wire", "other" and "batch2", each row weighing 0.4), chosen on PLV tune
cross-fitted (`--crossfit` with models of both pools' folds) and on the 1,800 "batch3" sentences no model was
trained on and no one read (`bench/events_written.py`: given the pair 0.828 -> 0.868 on its tune rows, sealed 0.834
-> 0.911). Given the pair tune 0.915 -> 0.917 (A 0.929 -> 0.932, B 0.903), sealed 0.874 -> 0.868, gap 4.1 -> 4.8
points; macro-F1 0.887 -> 0.883 / 0.867 -> 0.862; the model alone 0.860 -> 0.853 / 0.849 -> 0.847. By basis, tune /
sealed: rules 565/595 / 258/284, model over rules 8/16 / 10/14, one party 23/27 / 26/32, the model 32/47 / 23/35.
Pipeline unchanged. The written rows carry their writers' conventions, which PLV's annotators do not always share; on
PLV they moved two sealed rows the wrong way (noise of a seed is about as much), on the written sentences no one
trained on about fifty the right way. The target (gap <= 3 points) is not met.

Session 37 (2026-12-05 00:41 UTC; no rule or model changed; the given-pair sealed column read once, after the
choice): `pairs.decide` lets the model overrule the rules, and their act of one party, where its root is at least 33
times as probable as theirs, in place of session 29's rule (the model at 0.9 at least, giving the rules' root at most
0.02). The odds were chosen on the written sentences' batches 2 and 3 (`bench/events_written.py`, tune rows,
cross-fitted), the only pools neither the rules nor the model were fitted to: bonuses for the rules' root from e^2.25
to e^3.5 gave the most rows right there on both seeds, and e^3.5 is the largest on that plateau; PLV tune, whose rows
the rules were written from, prefers larger ones, so choosing there would keep favouring rules fitted to it. Given
the pair tune 0.917 -> 0.909 (A 0.932 -> 0.926, B 0.903 -> 0.894), sealed 0.868 -> 0.877, gap 4.8 -> 3.3 points;
macro-F1 0.872 / 0.873; by basis, tune / sealed: rules 559/586 / 257/278, model over rules 10/27 / 14/22, one party
22/25 / 26/30, the model 32/47 / 23/35. Pipeline unchanged. The session's rules, written afterwards from the written
sentences' batch 2 and the stories, moved no PLV tune row; sealed, read again after them (01:22 UTC), was unchanged.
The target (gap <= 3 points) is not met.

Session 38 (2026-12-05 03:19 UTC; rules from batch 2's tune misses and session 37's notes; sealed read once, at the
end): the rules' root moved no PLV row, tune or sealed (counted on both, read on tune only); every given-pair figure
unchanged (tune 0.909, sealed 0.877, gap 3.3 points); both roles right on tune 0.726 -> 0.728. A relation model
trained on batch 3's tune rows as well read PLV tune worse, cross-fitted (given the pair 0.909 -> 0.898, the model
alone 0.853 -> 0.844), and was not shipped. The target (gap <= 3 points) is not met.

Session 39 (2026-12-05 05:38 UTC; rules from the written stories' tune misses; sealed read once, at the end): the
rules' root moved no PLV row, tune or sealed; every figure unchanged (given the pair tune 0.909, sealed 0.877, gap
3.3 points; pipeline tune 0.834, sealed 0.712). The target (gap <= 3 points) is not met.

Session 40 (2026-12-05 07:22 and 08:02 UTC; two rounds of rules from the tune misses of the written sentences'
"wire", "other" and batch 2 sets; sealed read after each): the rules' root moved no PLV row, tune or sealed; every
figure unchanged (given
the pair tune 0.909, A 0.926, B 0.894, sealed 0.877, gap 3.3 points; pipeline tune 0.834, sealed 0.712). A cut of the
verb dictionary's pattern words at a subordinate clause ("stopped all trade until a ceasefire is declared" matched
"* &CEASEFIRE") moved one fold B row the wrong way (aggregate) and was dropped. The target (gap <= 3 points) is not
met.

Session 41 (2026-12-05 09:29 UTC; rules from the written stories' tune misses and from sentences written to probe
each type; sealed read once, at the end): the rules' root moved no tune row and two sealed rows (aggregate), one of
them from the model overruling the rules to the model alone; every figure unchanged (given the pair tune 0.909, A
0.926, B 0.894, sealed 0.877, gap 3.3 points; pipeline tune 0.834, sealed 0.712). Of fold B's 33 rows the model
answers alone, 29 have no event in the sentence and 11 fired a trigger of the gold type that found no participants
(aggregates; fold A has none such): a fallback target and a prior from those triggers were tried and dropped (see
`bench/HISTORY.md`). The target (gap <= 3 points) is not met.

Session 42 (2026-12-05 11:14, 11:39 and 12:00 UTC; rules from the written sentences', ECB+ and stories' tune misses and
from sentences written to probe each type; sealed read three times, aggregates): every figure unchanged (given the pair
tune 0.909, A 0.926, B 0.894, sealed 0.877, gap 3.3 points; pipeline tune 0.834, sealed 0.712); both roles tune 0.728 ->
0.730; no tune row moved by the rules' root, one sealed row moved from the one-party event (26/30 -> 25/29) to the model
alone (24/36 -> 25/37), the total unchanged. Tried and dropped, on tune: the model choosing among several events of the
pair (fold A -2 to -3 rows, B 0, batch 3 +3), other odds of overruling where a role is matched only by an empty side
(none better than the shipped on any pool), reading the clause around the pair as a second view of the model (no gain),
the events of one party with the roles swapped (their root right on 9 of 27 rows). The target (gap <= 3 points) is not
met.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import events_plover
import plv
from plv import Span, marked_spans

import dragoman.events.coder as coder_module
from dragoman.events.dictionary import CameoDictionary
from dragoman.events.relation import ROOTS, Reading, RelationModel, root_of
from dragoman.events.triggers import Trigger
from dragoman.model import Article, Extraction
from dragoman.pairs import decide, event_between, event_of_one_party
from dragoman.pipeline import Pipeline

NO_EVENT = "-"
PUBLISHED = date(2020, 1, 1)


PLACE_COUNTRY: Callable[[str], str | None] = lambda text: None  # noqa: E731  (set to the coder's in main)


def predict(ex: Extraction, source: Span | None, target: Span | None, strict: bool = False,
            only: str | None = None) -> str:
    """The root of the best event whose roles are the marked source and target (`pairs.event_between`: a
    participant's mention overlaps the span, its country is the one the span names, or the names contain each
    other), else NO_EVENT."""
    event = event_between(ex, source, target, PLACE_COUNTRY, strict=strict, root=only)
    return NO_EVENT if event is None else root_of(event.type)


def macro_f1(pairs: list[tuple[str, str]]) -> tuple[float, dict[str, tuple[int, float, float, float]]]:
    table: dict[str, tuple[int, float, float, float]] = {}
    for root in ROOTS:
        tp = sum(g == root and p == root for g, p in pairs)
        n_gold = sum(g == root for g, _ in pairs)
        n_pred = sum(p == root for _, p in pairs)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        table[root] = (n_gold, prec, rec, f1)
    present = [r for r in ROOTS if table[r][0]]
    return sum(table[r][3] for r in present) / len(present), table


FIRED: list[str] = []  # roots of the triggers found since the last row (filled by `_recording` under --causes)


def _recording(find: Callable[..., list[Trigger]]) -> Callable[..., list[Trigger]]:
    def find_and_record(*args, **kwargs) -> list[Trigger]:
        found = find(*args, **kwargs)
        FIRED.extend(root_of(t.rule.type) for t in found)
        return found
    return find_and_record


Scored = tuple[plv.PlvRow, str, Extraction, str, frozenset[str]]


def run_plv(pipeline: Pipeline, rows: list[plv.PlvRow]) -> list[Scored]:
    """Each row with its prediction, extraction, strict prediction and the roots of the triggers that fired."""
    articles = [Article(id=f"plv-{i}", text=r.sentence, published=PUBLISHED) for i, r in enumerate(rows)]
    out = []
    for row, ex in zip(rows, pipeline.extract_many(articles), strict=True):
        source, target = marked_spans(row.marked)
        out.append((row, predict(ex, source, target), ex, predict(ex, source, target, strict=True), frozenset(FIRED)))
        FIRED.clear()
    return out


def miss_cause(row: plv.PlvRow, pred: str, ex: Extraction, fired: frozenset[str]) -> str:
    """Why a row was missed, from the type side: was the gold type triggered, coded, matched, chosen?"""
    wrong = "no event" if pred == NO_EVENT else "another type"
    if row.root not in fired:
        return f"no trigger of the gold type ({wrong} matched)"
    if all(root_of(e.type) != row.root for e in ex.events):
        return "gold-type trigger coded no event (participants missing)"
    source, target = marked_spans(row.marked)
    if predict(ex, source, target, only=row.root) == NO_EVENT:
        return "gold-type event, other participants"
    return "gold-type event matches, another type chosen"


def one_party_root(row: plv.PlvRow, ex: Extraction) -> str | None:
    """The root of the rules' event of one marked party (`pairs.event_of_one_party`), else None."""
    event = event_of_one_party(ex, *marked_spans(row.marked), PLACE_COUNTRY)
    return None if event is None else root_of(event.type)


def crossfit_models(directory: Path, shipped: RelationModel) -> dict[str, RelationModel]:
    """The model each fold of tune is read by: fold A by the one trained on B (`directory`/B.npz, from
    `scripts/train_relation.py --fold B`) and fold B by A's, on the shipped model's encoder."""
    return {f: RelationModel.load(directory / f"{o}.npz", shipped.encoder) for f, o in (("A", "B"), ("B", "A"))}


def given_pair(scored: dict[str, list[Scored]], argv: list[str]) -> None:
    """The per-row task given the pair (the paper's setting): `pairs.decide` over the rules' root, the root of the
    rules' event of one party and the relation model's reading. Sealed rows are read by the shipped model (trained
    on all of tune); tune rows by the same model are in-sample, so with `--crossfit DIR` (holding A.npz and B.npz
    from `scripts/train_relation.py --fold`) fold A is read by the model trained on B and fold B by the one trained
    on A: the fair tune figure."""
    shipped = RelationModel.load()
    crossfit = Path(argv[argv.index("--crossfit") + 1]) if "--crossfit" in argv else None
    fold_models = crossfit_models(crossfit, shipped) if crossfit else {}

    def reading(row: plv.PlvRow) -> Reading:
        model = shipped if row.part == "sealed" or not fold_models else fold_models[plv.fold_of(row.sentence)]
        source, target = marked_spans(row.marked)
        return model.read(row.sentence, source.offsets if source else None, target.offsets if target else None)

    columns = ("tune", "tune A", "tune B", "sealed")
    results: dict[str, tuple[float, float, float, Counter[str]]] = {}
    for part in columns:
        rows = scored[part]
        readings = [reading(row) for row, *_ in rows]
        decided = [decide(None if pred == NO_EVENT else pred, r, one_party_root(row, ex) if pred == NO_EVENT else None)
                   for (row, pred, ex, *_), r in zip(rows, readings, strict=True)]
        pairs = [(row.root, root or NO_EVENT) for (row, *_), (root, _) in zip(rows, decided, strict=True)]
        results[part] = (sum(g == p for g, p in pairs) / len(pairs), macro_f1(pairs)[0],
                         sum(row.root == r.root for (row, *_), r in zip(rows, readings, strict=True)) / len(rows),
                         Counter(basis for _, basis in decided)
                         + Counter(f"{basis} right" for (_, basis), (gold, root) in zip(decided, pairs, strict=True)
                                   if gold == root))
    how = "cross-fitted" if fold_models else "in-sample"
    print(f"\ngiven the marked pair (relation model: {shipped.about}; tune rows {how})")
    for label, i in (("rules + model", 0), ("macro-F1", 1), ("model alone", 2)):
        cells = "".join(f"{results[c][i]:>9.3f}" for c in columns)
        print(f"{label:<22}{cells}{'':>10}    {100 * (results['tune'][i] - results['sealed'][i]):.1f} pts")
    print("answered by (right/rows)")
    for basis in ("rules", "model over rules", "one party", "model"):
        counts = [f"{results[c][3][basis + ' right']}/{results[c][3][basis]}" for c in columns]
        print(f"{'  ' + basis:<22}" + "".join(f"{cell:>9}" for cell in counts))


def spaced(rows: list, limit: int | None) -> list:
    """`limit` rows spread over the whole list (the files are sorted by root), or all of them."""
    if limit is None or limit >= len(rows):
        return rows
    return [rows[i * len(rows) // limit] for i in range(limit)]


def describe(ex: Extraction) -> str:
    return "\n".join(f"    got {events_plover.describe(e)}" for e in ex.events) or "    got nothing"


def main(argv: list[str]) -> int:
    show_errors = "--errors" in argv
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else None
    if not plv.PLV.exists():
        print(f"{plv.PLV}: not found (set DRAGOMAN_EVALDATA)", file=sys.stderr)
        return 2
    global PLACE_COUNTRY
    pipeline = Pipeline()
    PLACE_COUNTRY = pipeline.coder.place_country
    if "--causes" in argv:
        coder_module.find_triggers = _recording(coder_module.find_triggers)  # type: ignore[assignment]
    if "--patterns" in argv:  # which patterns of a verb's blocks apply to it: head (default), own, all
        pipeline.coder.dictionary = CameoDictionary(patterns=argv[argv.index("--patterns") + 1])
    if "--dictionary" in argv:  # how the CAMEO verb dictionary joins the lexicon: verb (default), sentence, off
        policy = argv[argv.index("--dictionary") + 1]
        pipeline.coder.dictionary_everywhere = policy == "verb"
        if policy == "off":
            pipeline.coder.dictionary = None
    t0 = time.perf_counter()
    scored = {part: run_plv(pipeline, spaced(plv.load(part), limit)) for part in ("tune", "sealed")}
    gsr_records = spaced(events_plover.load(events_plover.DEFAULT), limit)
    gsr = events_plover.headline(gsr_records, list(pipeline.extract_many(
        Article(id=r["id"], text=r["text"], published=events_plover.PUBLISHED) for r in gsr_records)))
    elapsed = time.perf_counter() - t0

    scored["tune A"] = [r for r in scored["tune"] if plv.fold_of(r[0].sentence) == "A"]
    scored["tune B"] = [r for r in scored["tune"] if plv.fold_of(r[0].sentence) == "B"]
    figures = {}
    for part, results in scored.items():
        pairs = [(row.root, pred) for row, pred, *_ in results]
        acc = sum(g == p for g, p in pairs) / len(pairs)
        f1, table = macro_f1(pairs)
        strict = sum(row.root == p for row, _, _, p, _ in results) / len(pairs)
        figures[part] = (len(pairs), acc, f1, table, sum(p == NO_EVENT for _, p in pairs) / len(pairs), strict)
    tune, sealed = figures["tune"], figures["sealed"]
    columns = ("tune", "tune A", "tune B", "sealed")
    head = "".join(f"{c:>9}" for c in columns)
    print(f"PLV per-row task and GSR dev ({elapsed:.0f} s)")
    print(f"{'':<22}{head}{'GSR dev':>10}    gap (tune - sealed)")
    print(f"{'rows':<22}" + "".join(f"{figures[c][0]:>9}" for c in columns) + f"{gsr['n']:>10}")
    for label, i, gap in (("per-row accuracy", 1, True), ("macro-F1", 2, True), ("accuracy, both roles", 5, False),
                          ("no matching event", 4, False)):
        cells = "".join(f"{figures[c][i]:>9.3f}" for c in columns)
        print(f"{label:<22}{cells}{'':>10}    " + (f"{100 * (tune[i] - sealed[i]):.1f} pts" if gap else ""))
    pad = " " * (22 + 9 * len(columns))
    for label, key in (("GSR type accuracy", "type"), ("GSR source country", "source"),
                       ("GSR target country", "target")):
        print(f"{label:<22}"[:22] + pad[22:] + f"{gsr[key]:>10.3f}")
    if "--relation" in argv:
        given_pair(scored, argv)
    print("\nper root, tune A only")
    print(f"{'root':<10}{'n':>5}{'prec':>7}{'recall':>8}{'F1':>7}")
    for root in ROOTS:
        n, p, r, f = figures["tune A"][3][root]
        print(f"{root:<10}{n:>5}{p:>7.2f}{r:>8.2f}{f:>7.2f}")
    confusion = Counter((row.root, pred) for row, pred, *_ in scored["tune A"] if row.root != pred)
    print("\nmost frequent tune A confusions (gold -> predicted): "
          + ", ".join(f"{g}->{p} {n}" for (g, p), n in confusion.most_common(12)))
    if "--causes" in argv:  # counts only: sealed and fold B rows are never shown one by one
        parts = ("tune A", "tune B", "sealed")
        causes = {part: Counter(miss_cause(row, pred, ex, fired) for row, pred, ex, _, fired in scored[part]
                                if pred != row.root) for part in parts}
        print("\nmisses by cause" + "".join(f"{part:>9}" for part in parts))
        for cause in sorted(set().union(*causes.values()), key=lambda c: -sum(causes[p][c] for p in parts)):
            print(f"{cause:<58}"[:58] + "".join(f"{causes[part][cause]:>9}" for part in parts))
        print(f"{'rows':<58}" + "".join(f"{figures[part][0]:>9}" for part in parts))
    if show_errors:
        print("\ntune A misses:\n")
        for row, pred, ex, _, fired in scored["tune A"]:
            if pred != row.root:
                why = f" ({miss_cause(row, pred, ex, fired)})" if "--causes" in argv else ""
                print(f"[{row.root} got {pred}]{why} {row.marked}\n{describe(ex)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
