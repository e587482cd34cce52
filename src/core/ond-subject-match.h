/* ond-subject-match.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndSubjectMatch: one case found for a request of a person concerned (AVG articles 15-17,
 * ond-store-subject.h): the case, what it shows of the subject, and where the person was
 * found in it. Holds personal data: only the window of the request shows it.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Where a case names the person. Flags: combine them. */
typedef enum
{
  OND_SUBJECT_PLACE_NAME         = 1 << 0,  /* the subject's name */
  OND_SUBJECT_PLACE_ADDRESS      = 1 << 1,  /* the subject's address */
  OND_SUBJECT_PLACE_SUMMARY      = 1 << 2,  /* the summary of the signal */
  OND_SUBJECT_PLACE_HISTORY      = 1 << 3,  /* a reason in the case's history */
  OND_SUBJECT_PLACE_INTERVENTION = 1 << 4,  /* a note of one of its interventions */
  OND_SUBJECT_PLACE_MEETING      = 1 << 5,  /* an agenda item or decision of a casusoverleg */
} OndSubjectPlaces;

#define OND_TYPE_SUBJECT_MATCH (ond_subject_match_get_type ())
G_DECLARE_FINAL_TYPE (OndSubjectMatch, ond_subject_match, OND, SUBJECT_MATCH, GObject)

OndSubjectMatch  *ond_subject_match_new               (gint64            case_id,
                                                       const char       *reference,
                                                       const char       *subject_name,
                                                       const char       *address,
                                                       const char       *status_label,
                                                       const char       *date_received,
                                                       gboolean          hidden,
                                                       OndSubjectPlaces  places)
                                                       G_GNUC_WARN_UNUSED_RESULT;
gint64            ond_subject_match_get_case_id       (OndSubjectMatch  *self);
const char       *ond_subject_match_get_reference     (OndSubjectMatch  *self);
const char       *ond_subject_match_get_subject_name  (OndSubjectMatch  *self);
const char       *ond_subject_match_get_address       (OndSubjectMatch  *self);
const char       *ond_subject_match_get_status_label  (OndSubjectMatch  *self);
/* ISO "YYYY-MM-DD". */
const char       *ond_subject_match_get_date_received (OndSubjectMatch  *self);
/* Whether the case is hidden (deleted, not yet removed for good): it still holds the data. */
gboolean          ond_subject_match_get_hidden        (OndSubjectMatch  *self);
OndSubjectPlaces  ond_subject_match_get_places        (OndSubjectMatch  *self);
void              ond_subject_match_add_places        (OndSubjectMatch  *self,
                                                       OndSubjectPlaces  places);

/* "name, summary": the places in words, in the order of the enum (translated). Transfer
 * full. */
char             *ond_subject_places_describe         (OndSubjectPlaces  places)
                                                       G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
