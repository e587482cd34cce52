/* ond-case-counts.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Counts of signals for monitoring (ond-store-case-counts.c): per year of the date
 * received, whatever their status, hidden (deleted) cases excluded. Every value of the
 * vocabulary is listed, also with a count of 0, in the vocabulary's order.
 */

#pragma once

#include "ond-store.h"

G_BEGIN_DECLS

typedef enum
{
  OND_CASE_COUNT_BY_SOURCE,
  OND_CASE_COUNT_BY_THEME,     /* code = theme id as text; plus "" for no theme */
  OND_CASE_COUNT_BY_STATUS,
  OND_CASE_COUNT_BY_OUTCOME,   /* closed cases; plus "" for closed without outcome */
} OndCaseCountBy;

typedef struct
{
  char   *code;
  char   *label;
  gint64  count;
} OndCount;

void       ond_count_free          (OndCount        *self);
/* Returns a GPtrArray of OndCount * (transfer full, free func set), or NULL on error. */
GPtrArray *ond_store_count_cases   (OndStore        *self,
                                    int              year,
                                    OndCaseCountBy   by,
                                    GError         **error) G_GNUC_WARN_UNUSED_RESULT;
/* All signals of @year. */
gboolean   ond_store_count_signals (OndStore        *self,
                                    int              year,
                                    gint64          *count,
                                    GError         **error);

G_END_DECLS
