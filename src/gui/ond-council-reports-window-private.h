/* ond-council-reports-window-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The parts of OndCouncilReportsWindow: the window, the reporting year, the records,
 * printing and comparing (ond-council-reports-window.c) and the file choosers and saving
 * (ond-council-reports-window-save.c). */

#pragma once

#include "ond-council-reports-window.h"

G_BEGIN_DECLS

struct _OndCouncilReportsWindow
{
  AdwWindow        parent_instance;

  AdwWindowTitle  *window_title;
  AdwToastOverlay *toast_overlay;
  AdwComboRow     *year_row;
  GtkStringList   *years;
  GtkWidget       *print_button;
  GtkWidget       *pdf_button;
  GtkWidget       *workbook_button;
  GtkWidget       *read_only_label;
  GtkListBox      *records;
  GtkWidget       *empty_page;

  OndStore        *store;
  OndPlan         *plan;
  int              first_year;
  int              last_year;
};

/* ond-council-reports-window.c */
void       _ond_council_reports_window_show_toast      (OndCouncilReportsWindow *self,
                                                        const char              *message);
/* The time a report is made at. */
GDateTime *_ond_council_reports_window_now_local       (void);
/* Reads the reports on record again and lists them. */
void       _ond_council_reports_window_reload_records  (OndCouncilReportsWindow *self);

/* ond-council-reports-window-save.c */
/* Asks where to make the report on record @id again, and makes it there. */
void       _ond_council_reports_window_ask_make_again  (OndCouncilReportsWindow *self,
                                                        gint64                   id);
/* Binds the template's callbacks of the PDF and workbook buttons. */
void       _ond_council_reports_window_class_save_init (GtkWidgetClass          *widget_class);

G_END_DECLS
