/* ond-council-reports-window.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The council reports window (ond-council-reports-window.h). The PDF is made and recorded
 * by ond_report_export_pdf () and made again by ond_report_remake_pdf (), the workbook by
 * ond_report_export_xlsx () and ond_report_remake_xlsx (); choosing the file and saving are
 * in ond-council-reports-window-save.c. The list of records is read again whenever the
 * store changes. */

#define G_LOG_DOMAIN "ond-council-reports-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-council-report-compare.h"
#include "ond-council-reports-window-private.h"
#include "ond-date.h"
#include "ond-form-field.h"
#include "ond-report-print.h"
#include "ond-report.h"
#include "ond-store-council-reports.h"
#include "ond-xlsx-export.h"

G_DEFINE_FINAL_TYPE (OndCouncilReportsWindow, ond_council_reports_window, ADW_TYPE_WINDOW)

/* The key of a record's id on its row's buttons. */
#define REPORT_ID_KEY "ond-report-id"

void
_ond_council_reports_window_show_toast (OndCouncilReportsWindow *self,
                                        const char              *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

GDateTime *
_ond_council_reports_window_now_local (void)
{
  return g_date_time_new_now_local ();
}

/* "2025-06-15T14:03:27" as "15-06-2025 14:03". */
static char *
format_made_at (const char *made_at)
{
  g_autofree char *day = NULL;
  g_autofree char *date = NULL;

  if (made_at == NULL || strlen (made_at) < 16)
    return g_strdup (made_at != NULL ? made_at : "");
  day = g_strndup (made_at, 10);
  date = ond_date_format (day);
  return g_strdup_printf ("%s %.5s", date != NULL ? date : day, made_at + 11);
}

static char *
describe_record (const OndCouncilReport *record)
{
  return record->kind == OND_COUNCIL_REPORT_PDF
    /* Translators: a report on record, e.g. "Progress report 2024 (PDF)". */
    ? g_strdup_printf (_("Progress report %d (PDF)"), record->year)
    /* Translators: a workbook on record, e.g. "Workbook 2024 (Excel)". */
    : g_strdup_printf (_("Workbook %d (Excel)"), record->year);
}

static void
on_print_clicked_cb (OndCouncilReportsWindow *self)
{
  ond_council_reports_window_print (self);
}

static void
on_print_finished_cb (OndReportPrint          *print,
                      const char              *message,
                      gboolean                 success,
                      OndCouncilReportsWindow *self)
{
  _ond_council_reports_window_show_toast (self, message);
}

/* The records. */

static void
on_make_again_clicked_cb (GtkButton               *button,
                          OndCouncilReportsWindow *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), REPORT_ID_KEY));

  _ond_council_reports_window_ask_make_again (self, id);
}

static void
on_compare_clicked_cb (GtkButton               *button,
                       OndCouncilReportsWindow *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), REPORT_ID_KEY));

  ond_council_reports_window_compare (self, id);
}

static GtkWidget *
row_button (const char *label,
            const char *tooltip,
            gint64      report_id)
{
  GtkWidget *button = gtk_button_new ();

  ond_form_set_button_label (GTK_BUTTON (button), label);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  g_object_set_data (G_OBJECT (button), REPORT_ID_KEY, GSIZE_TO_POINTER ((gsize) report_id));
  return button;
}

static GtkWidget *
record_row (OndCouncilReportsWindow *self,
            const OndCouncilReport  *record)
{
  g_autofree char *title = describe_record (record);
  g_autofree char *made_at = format_made_at (record->made_at);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *again;
  GtkWidget *compare;

  /* Translators: a record's when, by whom and the start of its file's SHA-256, e.g.
   * "15-06-2025 14:03 · jan · SHA-256 1a2b3c4d5e6f". */
  subtitle = g_strdup_printf (_("%s · %s · SHA-256 %.12s"), made_at, record->who,
                              record->sha256);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  again = row_button (_("_Make Again…"),
                      record->kind == OND_COUNCIL_REPORT_PDF
                      ? _("Make this report again, identical to the one sent, and save it")
                      : _("Make this workbook again, identical to the one sent, and save it "
                          "(as long as the planning, budget and menukaart are unchanged)"),
                      record->id);
  gtk_widget_set_sensitive (again, record->figures[0] != '\0');
  g_signal_connect_object (again, "clicked", G_CALLBACK (on_make_again_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), again);

  compare = row_button (_("_Compare with Today"),
                        _("List what differs between this report’s figures and today’s"),
                        record->id);
  gtk_widget_set_sensitive (compare, record->figures[0] != '\0');
  g_signal_connect_object (compare, "clicked", G_CALLBACK (on_compare_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), compare);

  return row;
}

void
_ond_council_reports_window_reload_records (OndCouncilReportsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->records))) != NULL)
    gtk_list_box_remove (self->records, child);

  records = ond_store_list_council_reports (self->store, &error);
  if (records == NULL)
    {
      g_warning ("Could not read the reports on record: %s", error->message);
      records = g_ptr_array_new ();
    }
  for (guint i = 0; i < records->len; i++)
    gtk_list_box_append (self->records, record_row (self, g_ptr_array_index (records, i)));

  gtk_widget_set_visible (GTK_WIDGET (self->records), records->len > 0);
  gtk_widget_set_visible (self->empty_page, records->len == 0);
}

static void
on_store_changed_cb (OndCouncilReportsWindow *self)
{
  _ond_council_reports_window_reload_records (self);
}

/* The reporting year. */

static void
load_years (OndCouncilReportsWindow *self)
{
  g_autoptr(GDateTime) now = _ond_council_reports_window_now_local ();
  int year;

  self->first_year = ond_plan_get_first_year (self->plan);
  self->last_year = ond_plan_get_last_year (self->plan);
  for (year = self->first_year; year <= self->last_year; year++)
    {
      g_autofree char *label = g_strdup_printf ("%d", year);

      gtk_string_list_append (self->years, label);
    }
  ond_council_reports_window_set_year (
    self, ond_report_default_year (self->first_year, self->last_year, now));
}

static void
ond_council_reports_window_dispose (GObject *object)
{
  OndCouncilReportsWindow *self = OND_COUNCIL_REPORTS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_COUNCIL_REPORTS_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (ond_council_reports_window_parent_class)->dispose (object);
}

static void
ond_council_reports_window_class_init (OndCouncilReportsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_council_reports_window_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/com/dordrecht/Ondermijning/ui/ond-council-reports-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OndCouncilReportsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, OndCouncilReportsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OndCouncilReportsWindow, year_row);
  gtk_widget_class_bind_template_child (widget_class, OndCouncilReportsWindow, years);
  gtk_widget_class_bind_template_child (widget_class, OndCouncilReportsWindow, print_button);
  gtk_widget_class_bind_template_child (widget_class, OndCouncilReportsWindow, pdf_button);
  gtk_widget_class_bind_template_child (widget_class, OndCouncilReportsWindow,
                                        workbook_button);
  gtk_widget_class_bind_template_child (widget_class, OndCouncilReportsWindow,
                                        read_only_label);
  gtk_widget_class_bind_template_child (widget_class, OndCouncilReportsWindow, records);
  gtk_widget_class_bind_template_child (widget_class, OndCouncilReportsWindow, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, on_print_clicked_cb);
  _ond_council_reports_window_class_save_init (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ond_council_reports_window_init (OndCouncilReportsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Named by their label without the mnemonic's underscore (ond-form-field.h). */
  {
    GtkWidget *buttons[] = { self->print_button, self->pdf_button, self->workbook_button };

    for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
      {
        g_autofree char *label = g_strdup (gtk_button_get_label (GTK_BUTTON (buttons[i])));

        ond_form_set_button_label (GTK_BUTTON (buttons[i]), label);
      }
  }
}

/**
 * ond_council_reports_window_new:
 * @parent: the main window (transient for it)
 * @store: the open store
 * @plan: the plan shown
 *
 * Returns: (transfer none): the window, not yet shown; it is destroyed when closed
 */
OndCouncilReportsWindow *
ond_council_reports_window_new (GtkWindow *parent,
                                OndStore  *store,
                                OndPlan   *plan)
{
  OndCouncilReportsWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (OND_IS_PLAN (plan), NULL);

  self = g_object_new (OND_TYPE_COUNCIL_REPORTS_WINDOW,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       NULL);
  self->store = g_object_ref (store);
  self->plan = g_object_ref (plan);
  adw_window_title_set_subtitle (self->window_title, ond_plan_get_title (plan));
  gtk_widget_set_visible (self->read_only_label, ond_store_is_read_only (store));
  load_years (self);
  _ond_council_reports_window_reload_records (self);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return self;
}

int
ond_council_reports_window_get_year (OndCouncilReportsWindow *self)
{
  guint selected;

  g_return_val_if_fail (OND_IS_COUNCIL_REPORTS_WINDOW (self), 0);

  selected = adw_combo_row_get_selected (self->year_row);
  if (selected == GTK_INVALID_LIST_POSITION)
    return 0;
  return self->first_year + (int) selected;
}

/* A year outside the plan's period is not chosen. */
void
ond_council_reports_window_set_year (OndCouncilReportsWindow *self,
                                     int                      year)
{
  g_return_if_fail (OND_IS_COUNCIL_REPORTS_WINDOW (self));

  if (year < self->first_year || year > self->last_year)
    return;
  adw_combo_row_set_selected (self->year_row, (guint) (year - self->first_year));
}

void
ond_council_reports_window_print (OndCouncilReportsWindow *self)
{
  g_autoptr(GDateTime) now = _ond_council_reports_window_now_local ();
  g_autoptr(GError) error = NULL;
  g_autoptr(OndReportPrint) print = NULL;

  g_return_if_fail (OND_IS_COUNCIL_REPORTS_WINDOW (self));

  print = ond_report_print_new (self->store, ond_plan_get_id (self->plan),
                                ond_council_reports_window_get_year (self), now, &error);
  if (print == NULL)
    {
      _ond_council_reports_window_show_toast (self, error->message);
      return;
    }
  g_signal_connect_object (print, "finished", G_CALLBACK (on_print_finished_cb), self, 0);
  /* The operation keeps the print while it runs. */
  ond_print_job_run (OND_PRINT_JOB (print), GTK_WINDOW (self));
}

GtkWindow *
ond_council_reports_window_compare (OndCouncilReportsWindow *self,
                                    gint64                   report_id)
{
  g_autoptr(GDateTime) now = _ond_council_reports_window_now_local ();
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  g_return_val_if_fail (OND_IS_COUNCIL_REPORTS_WINDOW (self), NULL);

  window = ond_council_report_compare_new (GTK_WINDOW (self), self->store, report_id, now,
                                           &error);
  if (window == NULL)
    {
      _ond_council_reports_window_show_toast (self, error->message);
      return NULL;
    }
  gtk_window_present (window);
  return window;
}
