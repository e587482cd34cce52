/* ond-case-detail-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of OndCaseDetail share between them: ond-case-detail.c shows the case,
 * ond-case-detail-actions.c takes the steps the user starts from it (weigh, start, monitor,
 * resume, close, reopen, edit, delete, add or change an intervention). */

#pragma once

#include "ond-case-detail.h"

G_BEGIN_DECLS

struct _OndCaseDetail
{
  AdwBin               parent_instance;

  /* Template widgets */
  GtkWidget           *edit_button;
  GtkWidget           *delete_button;
  GtkScrolledWindow   *scroller;
  GtkLabel            *reference_label;
  GtkLabel            *status_label;
  GtkWidget           *steps_box;
  GtkWidget           *weigh_button;
  GtkWidget           *start_button;
  GtkWidget           *monitor_button;
  GtkWidget           *resume_button;
  GtkWidget           *close_button;
  GtkWidget           *reopen_button;
  GtkLabel            *received_value;
  GtkLabel            *source_value;
  GtkLabel            *theme_value;
  GtkLabel            *area_value;
  GtkLabel            *kind_value;
  GtkLabel            *subject_value;
  GtkLabel            *address_value;
  GtkLabel            *summary_label;
  GtkLabel            *mma_value;
  GtkLabel            *police_value;
  GtkLabel            *riec_value;
  GtkLabel            *zaaknummer_value;
  GtkWidget           *weighing_group;
  GtkLabel            *complexity_value;
  GtkLabel            *decision_value;
  AdwActionRow        *reason_row;
  GtkLabel            *lead_value;
  GtkLabel            *follow_up_value;
  GtkWidget           *outcome_group;
  GtkLabel            *outcome_value;
  AdwActionRow        *outcome_note_row;
  GtkLabel            *closed_value;
  GtkWidget           *add_intervention_button;
  GtkListBox          *interventions_list;
  GtkListBox          *history_list;
  GtkListBox          *access_list;

  /* What the lists show, for activating a row. */
  GListModel          *interventions;
  /* Labels of the codes OndCase holds without one. */
  GPtrArray           *complexities;
  GPtrArray           *decisions;
  GPtrArray           *outcomes;

  OndStore            *store;
  OndPlan             *plan;
  OndCase             *kase;
};

/* ond-case-detail-actions.c */
void  _ond_case_detail_class_actions_init (OndCaseDetailClass *klass);
void  _ond_case_detail_actions_init       (OndCaseDetail      *self);

/* ond-case-detail.c */
void  _ond_case_detail_report_error       (OndCaseDetail      *self,
                                           const GError       *error);
void  _ond_case_detail_refresh            (OndCaseDetail      *self);
void  _ond_case_detail_emit_deleted       (OndCaseDetail      *self,
                                           gint64              case_id,
                                           const char         *reference);

G_END_DECLS
