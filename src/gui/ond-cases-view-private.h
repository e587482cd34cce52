/* ond-cases-view-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of OndCasesView share: ond-cases-view.c is the section with its pages, the
 * list's count and empty states, and opening and registering a case;
 * ond-cases-view-columns.c fills the cells and finds out which column the user sorted by;
 * ond-cases-view-filters.c is the search and the filter drop-downs;
 * ond-cases-view-actions.c is deleting a case (with undo) and exporting the list. */

#pragma once

#include "ond-case-detail.h"
#include "ond-case-list.h"
#include "ond-cases-view.h"
#include "ond-meeting-view.h"

G_BEGIN_DECLS

#define OND_CASES_VIEW_N_COLUMNS (OND_CASE_SORT_NEXT_FOLLOW_UP + 1)

typedef struct
{
  OndCasesView *self;
  OndCaseSort   sort;
} OndCasesViewColumnProbe;

struct _OndCasesView
{
  AdwBin                   parent_instance;

  AdwViewStack            *pages;
  AdwLeaflet              *leaflet;
  GtkWidget               *list_page;
  GtkWidget               *read_only_label;
  GtkSearchEntry          *search_entry;
  GtkWidget               *new_button;
  GtkDropDown             *status_dropdown;
  GtkDropDown             *theme_dropdown;
  GtkDropDown             *source_dropdown;
  GtkDropDown             *year_dropdown;
  GtkStack                *list_stack;
  GtkColumnView           *column_view;
  GtkSingleSelection      *selection;
  GtkColumnViewColumn     *reference_column;
  GtkColumnViewColumn     *follow_up_column;
  GtkCustomSorter         *reference_sorter;
  GtkCustomSorter         *received_sorter;
  GtkCustomSorter         *theme_sorter;
  GtkCustomSorter         *source_sorter;
  GtkCustomSorter         *status_sorter;
  GtkCustomSorter         *lead_sorter;
  GtkCustomSorter         *follow_up_sorter;
  GtkLabel                *count_label;
  OndCaseDetail           *detail;
  OndMeetingView          *meeting_view;

  OndCasesViewColumnProbe  probes[OND_CASES_VIEW_N_COLUMNS];
  gboolean                 probing;
  int                      probed_sort;
  OndCaseSort              sort;
  gboolean                 descending;

  /* The cases shown, and all cases (to tell "none yet" from "none found"). */
  OndCaseList             *cases;
  OndCaseList             *all_cases;
  /* What the filter choices stand for; position 0 of each is "all". */
  GPtrArray               *statuses;
  GPtrArray               *sources;
  GArray                  *theme_ids;

  /* The deletion that can still be undone, and its toast; the last other toast. */
  AdwToast                *undo_toast;
  gint64                   pending_delete;
  AdwToast                *info_toast;

  OndStore                *store;
  OndPlan                 *plan;
};

/* ond-cases-view.c */
void       _ond_cases_view_report_error        (OndCasesView      *self,
                                                const GError      *error);
/* Shows @toast (transfer full); a toast of ours still shown goes first. */
void       _ond_cases_view_add_toast           (OndCasesView      *self,
                                                AdwToast          *toast);
GtkWindow *_ond_cases_view_get_window          (OndCasesView      *self);
void       _ond_cases_view_show_list           (OndCasesView      *self);

/* ond-cases-view-columns.c */
void       _ond_cases_view_class_columns_init  (OndCasesViewClass *klass);
/* Hands the column sorters their probe and sorts by reference, newest first. */
void       _ond_cases_view_columns_init        (OndCasesView      *self);
/* Hands the sort the user chose to the list. */
void       _ond_cases_view_apply_sort          (OndCasesView      *self);

/* ond-cases-view-filters.c */
void       _ond_cases_view_class_filters_init  (OndCasesViewClass *klass);
/* Empties the search and sets every filter back to "all", with the choices of the store. */
void       _ond_cases_view_reset_filters       (OndCasesView      *self);
void       _ond_cases_view_fill_theme_filter   (OndCasesView      *self);
void       _ond_cases_view_fill_year_filter    (OndCasesView      *self);

/* ond-cases-view-actions.c */
void       _ond_cases_view_class_actions_init  (OndCasesViewClass *klass);
/* Makes the deletion that could still be undone final. */
void       _ond_cases_view_purge_deleted       (OndCasesView      *self);

G_END_DECLS
