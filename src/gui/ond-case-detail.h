/* ond-case-detail.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndCaseDetail: the view of one case: the reference and status, every intake field, the
 * weighing, the outcome, the interventions, the history and the access log, with buttons
 * for the steps of the workflow the case may take next. Opening a case is logged.
 *
 * Signals: "changed" after the case was changed here; "deleted" (id, reference) after it
 * was deleted (hidden: the section offers to undo). */

#pragma once

#include <adwaita.h>

#include "ond-case.h"
#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_CASE_DETAIL (ond_case_detail_get_type ())
G_DECLARE_FINAL_TYPE (OndCaseDetail, ond_case_detail, OND, CASE_DETAIL, AdwBin)

GtkWidget  *ond_case_detail_new        (void) G_GNUC_WARN_UNUSED_RESULT;
OndStore   *ond_case_detail_get_store  (OndCaseDetail  *self);
void        ond_case_detail_set_store  (OndCaseDetail  *self,
                                        OndStore       *store);
OndPlan    *ond_case_detail_get_plan   (OndCaseDetail  *self);
void        ond_case_detail_set_plan   (OndCaseDetail  *self,
                                        OndPlan        *plan);
OndCase    *ond_case_detail_get_case   (OndCaseDetail  *self);
/* Reads case @case_id with ond_store_open_case (which logs the opening) and shows it. */
gboolean    ond_case_detail_open       (OndCaseDetail  *self,
                                        gint64          case_id,
                                        GError        **error);
/* Forgets the case shown. */
void        ond_case_detail_clear      (OndCaseDetail  *self);

G_END_DECLS
