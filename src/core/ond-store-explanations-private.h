/* ond-store-explanations-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the two files of the explanations share: ond-store-explanations.c (set, delete,
 * restore) and ond-store-explanations-read.c (get, list): how a subject is stored and
 * matched. */

#pragma once

#include "ond-store-explanations.h"
#include "ond-store-private.h"

G_BEGIN_DECLS

/* The columns an OndExplanation is read from, of "explanation e". */
#define EXPLANATION_COLUMNS \
  "e.id, e.plan_id, e.subject, coalesce(e.pillar_id, e.indicator_id, e.line_id, 0)," \
  " coalesce(e.year, 0), e.text, e.who, e.at, e.row_version"

/* Matches the subject of an explanation: plan, subject code, id, year (0 = NULL). */
#define SAME_SUBJECT \
  "e.plan_id = ? AND e.subject = ?" \
  " AND coalesce(e.pillar_id, e.indicator_id, e.line_id, 0) = ? AND coalesce(e.year, 0) = ?"

/* The explanation_subject code of each OndExplanationSubject. */
extern const char * const _ond_explanation_subject_codes[OND_EXPLANATION_YEAR + 1];

static inline gboolean
_ond_explanation_subject_is_valid (OndExplanationSubject subject)
{
  return (guint) subject <= OND_EXPLANATION_YEAR;
}

/* Binds the four parameters of SAME_SUBJECT from @first on. */
gboolean _ond_explanations_bind_subject (OndStatement           *stmt,
                                         int                     first,
                                         gint64                  plan_id,
                                         OndExplanationSubject   subject,
                                         gint64                  subject_id,
                                         int                     year,
                                         GError                **error);

G_END_DECLS
