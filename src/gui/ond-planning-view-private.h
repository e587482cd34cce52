/* ond-planning-view-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of OndPlanningView share: ond-planning-view.c (reading, filtering, the
 * table and board switch, the empty states and the 'N.t.b.' notice),
 * ond-planning-view-actions.c (adding, changing, the status, deleting with undo),
 * ond-planning-view-cells.c (the widgets a row shows in the table and on the board, also
 * used by OndPlanningBoard), ond-planning-view-progress.c (the progress per pillar and
 * theme) and ond-planning-view-export.c (the table to a workbook). */

#pragma once

#include "ond-plan-item.h"
#include "ond-planning-board.h"
#include "ond-planning-view.h"

G_BEGIN_DECLS

struct _OndPlanningView
{
  AdwBin              parent_instance;

  GtkSearchEntry     *search_entry;
  GtkDropDown        *year_dropdown;
  GtkBox             *slot_box;
  GtkLabel           *slot_label;
  GtkButton          *fill_button;
  GtkExpander        *progress_expander;
  GtkFlowBox         *progress_box;
  GtkStack           *content_stack;
  GtkColumnView      *column_view;
  GtkColumnViewColumn *year_column;
  GtkColumnViewColumn *period_column;
  GtkColumnViewColumn *what_column;
  GtkColumnViewColumn *who_column;
  GtkColumnViewColumn *theme_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *targets_column;
  GtkColumnViewColumn *attention_column;
  GtkSingleSelection *selection;
  GtkFilterListModel *filter_model;
  GtkFilter          *year_filter;
  OndPlanningBoard   *board;
  AdwStatusPage      *empty_page;
  GtkButton          *empty_add_button;
  GtkLabel           *count_label;

  GListModel         *items;      /* the store's planning: every year */
  GPtrArray          *statuses;   /* OndVocabularyEntry of work_status */
  GDateTime          *today;      /* when the planning was read: decides what is overdue */

  /* The row deleted last (an OndPlanItemDeletion, for Undo), its toast, the last other
   * toast. */
  GObject            *deleted;
  AdwToast           *undo_toast;
  AdwToast           *info_toast;

  OndStore           *store;
  OndPlan            *plan;
};

/* ond-planning-view.c */
void         _ond_planning_view_reload          (OndPlanningView      *self);
/* The year chosen in the filter; 0 for every year. */
int          _ond_planning_view_get_year        (OndPlanningView      *self);
/* The row of the planning with @id (transfer none), or NULL. */
OndPlanItem *_ond_planning_view_find_item       (OndPlanningView      *self,
                                                 gint64                id);
void         _ond_planning_view_select_item     (OndPlanningView      *self,
                                                 gint64                id);
gboolean     _ond_planning_view_is_writable     (OndPlanningView      *self);
void         _ond_planning_view_report_error    (OndPlanningView      *self,
                                                 const GError         *error);
GtkWindow   *_ond_planning_view_get_window      (OndPlanningView      *self);

/* ond-planning-view-actions.c */
void         _ond_planning_view_class_actions_init (OndPlanningViewClass *klass);
void         _ond_planning_view_update_actions  (OndPlanningView      *self);
void         _ond_planning_view_forget_deleted  (OndPlanningView      *self);

/* ond-planning-view-cells.c */
/* The columns made in code (Edit and Delete), and the template's callbacks. */
void         _ond_planning_view_init_columns    (OndPlanningView      *self);
void         _ond_planning_view_class_cells_init (GtkWidgetClass      *widget_class);
/* A button showing a row's status, whose menu sets another (planning.set-status). */
GtkWidget   *_ond_planning_status_button_new    (void);
void         _ond_planning_status_button_bind   (GtkWidget            *button,
                                                 OndPlanItem          *item,
                                                 GPtrArray            *statuses);
/* What needs attention in a row, in words beside an icon: "Overdue", "To be decided";
 * with @fill_button, a button that opens the form of a row to be decided. */
GtkWidget   *_ond_planning_flags_new            (gboolean              fill_button);
void         _ond_planning_flags_bind           (GtkWidget            *flags,
                                                 OndPlanItem          *item,
                                                 GDateTime            *today);

/* ond-planning-view-progress.c */
/* Reads the actions, themes and pillars and shows the progress of each (of the year
 * chosen). */
void         _ond_planning_view_update_progress (OndPlanningView      *self);

/* ond-planning-view-export.c */
/* How the columns are exported; planning-table.export-list on while the table lists rows. */
void         _ond_planning_view_init_export     (OndPlanningView      *self);
void         _ond_planning_view_class_export_init (GtkWidgetClass     *widget_class);

G_END_DECLS
