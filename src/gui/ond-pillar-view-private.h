/* ond-pillar-view-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The parts of OndPillarView: the view, its actions and their list (ond-pillar-view.c) and
 * the pillar's explanation for the council (ond-pillar-view-explanation.c). */

#pragma once

#include "ond-action-editing.h"
#include "ond-pillar-view.h"

G_BEGIN_DECLS

struct _OndPillarView
{
  AdwBin              parent_instance;

  GtkListBox         *actions_list;
  GtkFilterListModel *actions;
  GtkWidget          *add_button;
  GtkWidget          *empty_page;
  GtkLabel           *explanation_label;
  GtkButton          *explanation_button;
  GtkDropDown        *explanation_year;

  int                 number;
  OndStore           *store;
  OndPlan            *plan;
  OndPillar          *pillar;
  OndActionEditing   *editing;
  /* The years explanation_year offers after "every year": first_year..last_year of the
   * plan (0, 0 before a plan). */
  int                 explanation_first_year;
  int                 explanation_last_year;
};

/* ond-pillar-view.c */
/* Logs @error and shows it in the window. */
void _ond_pillar_view_report_error           (OndPillarView  *self,
                                              const GError   *error);

/* ond-pillar-view-explanation.c */
/* Shows the pillar's explanation for the year chosen (or that there is none yet) and labels
 * its button. */
void _ond_pillar_view_load_explanation       (OndPillarView  *self);
/* Fills the year choice and connects it (from init). */
void _ond_pillar_view_init_explanation       (OndPillarView  *self);
/* Installs the action pillar.edit-explanation. */
void _ond_pillar_view_class_explanation_init (GtkWidgetClass *widget_class);

G_END_DECLS
