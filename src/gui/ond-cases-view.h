/* ond-cases-view.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndCasesView: the casusoverleg section. Two pages: the cases (a list that stays smooth at
 * 100,000 cases: OndCaseList searches, filters and sorts in the store) with the view of one
 * case, and the meetings (OndMeetingView). */

#pragma once

#include <adwaita.h>

#include "ond-plan.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_CASES_VIEW (ond_cases_view_get_type ())
G_DECLARE_FINAL_TYPE (OndCasesView, ond_cases_view, OND, CASES_VIEW, AdwBin)

GtkWidget  *ond_cases_view_new        (void) G_GNUC_WARN_UNUSED_RESULT;
OndStore   *ond_cases_view_get_store  (OndCasesView *self);
void        ond_cases_view_set_store  (OndCasesView *self,
                                       OndStore     *store);
OndPlan    *ond_cases_view_get_plan   (OndCasesView *self);
void        ond_cases_view_set_plan   (OndCasesView *self,
                                       OndPlan      *plan);
/* The cases listed (an OndCaseList, with the search and filters applied). */
GListModel *ond_cases_view_get_cases  (OndCasesView *self);
/* Shows the intake form for a new signal. */
void        ond_cases_view_new_case   (OndCasesView *self);
/* Opens case @case_id (logged) in the view of one case. */
gboolean    ond_cases_view_open_case  (OndCasesView *self,
                                       gint64        case_id,
                                       GError      **error);
/* Reads the list again (after the store was changed elsewhere). */
void        ond_cases_view_reload     (OndCasesView *self);
void        ond_cases_view_show_follow_ups (OndCasesView *self);

G_END_DECLS
