/* test-subject-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A request of a person concerned from the main window, on a freshly seeded database: the
 * main menu's "Request of a Person Concerned…" opens the window; Enter in the name searches
 * and lists his cases (a deleted one marked), checked, and nobody else's; the export of the
 * chosen cases (given a path, as the file chooser's response does) writes a private PDF and
 * logs it; "Correct…" opens the case form whose save is logged as on request; "Erase…" asks
 * first (Cancel erases nothing), then the chosen cases go: their rows, their rows in the
 * casusoverleg list and their rows in the file (read with plain SQLite). On a read-only file
 * the window says why nothing can be done and its buttons are insensitive. Runs on a
 * display: xvfb-run in CI. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ond-case-editor.h"
#include "ond-cases-view.h"
#include "ond-gui-test-util.h"
#include "ond-store-cases.h"
#include "ond-subject-window.h"

static gint64
add_case (OndStore    *store,
          const char  *date,
          const char  *subject,
          const char  *address,
          char       **reference)
{
  g_autoptr(OndCaseDraft) draft = ond_case_draft_new ();
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  draft->date_received = g_strdup (date);
  draft->source = g_strdup ("mma");
  draft->subject_kind = g_strdup ("persoon");
  draft->subject_name = g_strdup (subject);
  draft->address = g_strdup (address);
  draft->summary = g_strdup ("Drugshandel vanuit woning");
  id = ond_store_create_case (store, draft, today, reference, &error);
  g_assert_no_error (error);
  return id;
}

static gint64
sql_count (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* The item of @model (and its sections) that starts @action; its label, or NULL. */
static char *
find_menu_label (GMenuModel *model,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *item_action = NULL;
      g_autofree char *label = NULL;
      g_autoptr(GMenuModel) section = NULL;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s",
                                           &item_action) &&
          g_strcmp0 (item_action, action) == 0 &&
          g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        return g_steal_pointer (&label);
      section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      if (section != NULL)
        {
          char *found = find_menu_label (section, action);

          if (found != NULL)
            return found;
        }
    }
  return NULL;
}

/* The label of the item that starts @action in the main window's menu (its menu button
 * with a menu model). */
static char *
main_menu_label (OndWindow  *window,
                 const char *action)
{
  g_autoptr(GPtrArray) buttons = find_all (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GMenuModel *model = gtk_menu_button_get_menu_model (g_ptr_array_index (buttons, i));
      char *label = model != NULL ? find_menu_label (model, action) : NULL;

      if (label != NULL)
        return label;
    }
  return NULL;
}

static OndSubjectWindow *
open_request (OndWindow *window)
{
  g_autofree char *label = main_menu_label (window, "win.subject-request");
  OndSubjectWindow *request;

  g_assert_cmpstr (label, ==, "_Request of a Person Concerned…");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.subject-request", NULL));
  request = find_window (OND_TYPE_SUBJECT_WINDOW);
  g_assert_nonnull (request);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (request)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (request)));
  return request;
}

static void
close_request (OndSubjectWindow *request)
{
  GtkWindow *weak = GTK_WINDOW (request);
  gint64 end = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;

  g_object_add_weak_pointer (G_OBJECT (request), (gpointer *) &weak);
  gtk_window_destroy (GTK_WINDOW (request));
  while (weak != NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (weak);
}

/* Types @name and presses Enter in the name field. */
static void
search_by_enter (OndSubjectWindow *request,
                 const char       *name)
{
  AdwEntryRow *name_row = find_row (GTK_WIDGET (request), ADW_TYPE_ENTRY_ROW, "_Name");
  GtkWidget *text;

  g_assert_nonnull (name_row);
  type_text (name_row, name);
  text = find_first (GTK_WIDGET (name_row), GTK_TYPE_TEXT);
  g_assert_nonnull (text);
  /* What Enter does: GtkText's keybinding emits "activate". */
  g_signal_emit_by_name (text, "activate");
  run_until_idle ();
}

static GtkCheckButton *
row_check (AdwActionRow *row)
{
  return find_first (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON);
}

static void
test_request (GuiFixture    *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *jan_ref = NULL;
  g_autofree char *old_ref = NULL;
  g_autofree char *anna_ref = NULL;
  g_autofree char *jan_title = NULL;
  g_autofree char *old_title = NULL;
  g_autofree char *anna_title = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "inzage.pdf", NULL);
  OndStore *store = gui_open_store (f->path);
  OndWindow *window;
  OndSubjectWindow *request;
  OndCasesView *cases_view;
  GListModel *cases;
  AdwActionRow *jan_row, *old_row;
  AdwMessageDialog *dialog;
  OndCaseEditor *editor;
  GStatBuf st;
  gint64 old_id, anna_id;
  guint n_before;

  add_case (store, "2025-03-01", "Jan de Vries", "Voorstraat 12", &jan_ref);
  old_id = add_case (store, "2025-03-02", "JAN DE VRIËS", "Singel 4", &old_ref);
  anna_id = add_case (store, "2025-03-03", "Anna Bakker", "Voorstraat 120", &anna_ref);
  g_assert_true (ond_store_delete_case (store, old_id, &error));
  g_assert_no_error (error);
  window = gui_show_window (f->app, store, f->settings);
  gui_show_section (window, "casusoverleg");
  cases_view = find_first (GTK_WIDGET (window), OND_TYPE_CASES_VIEW);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (cases_view)));
  cases = ond_cases_view_get_cases (cases_view);
  g_assert_true (wait_for_n_items (cases, 2));
  n_before = g_list_model_get_n_items (cases);

  request = open_request (window);
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (request), "E_rase…")));
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (request),
                                                        "_Export for Inspection…")));

  /* Enter searches; his two cases, the deleted one marked, both checked; not Anna's. */
  search_by_enter (request, "jan de vries");
  jan_title = g_strdup_printf ("%s — Jan de Vries", jan_ref);
  old_title = g_strdup_printf ("%s — JAN DE VRIËS", old_ref);
  anna_title = g_strdup_printf ("%s — Anna Bakker", anna_ref);
  jan_row = find_row (GTK_WIDGET (request), ADW_TYPE_ACTION_ROW, jan_title);
  old_row = find_row (GTK_WIDGET (request), ADW_TYPE_ACTION_ROW, old_title);
  g_assert_nonnull (jan_row);
  g_assert_nonnull (old_row);
  g_assert_null (find_row (GTK_WIDGET (request), ADW_TYPE_ACTION_ROW, anna_title));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (jan_row)));
  g_assert_true (gtk_check_button_get_active (row_check (jan_row)));
  g_assert_true (gtk_check_button_get_active (row_check (old_row)));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (jan_row), "found in: name"));
  g_assert_true (has_label (GTK_WIDGET (old_row), "Deleted"));
  g_assert_false (has_label (GTK_WIDGET (jan_row), "Deleted"));
  g_assert_true (has_label (GTK_WIDGET (request), "2 cases found, 2 chosen"));
  g_assert_cmpint (sql_count (f->path, "SELECT COUNT(*) FROM access_log WHERE what ="
                              " 'Gevonden bij verzoek van betrokkene'"), ==, 2);

  /* The export of the chosen cases. */
  g_assert_true (ond_subject_window_export (request, pdf));
  g_assert_cmpint (g_stat (pdf, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (any_label_contains (GTK_WIDGET (request), "Saved as “inzage.pdf”"));
  g_assert_cmpint (sql_count (f->path, "SELECT COUNT(*) FROM access_log WHERE what ="
                              " 'Opgenomen in inzage-export'"), ==, 2);

  /* Correct…: the deleted case cannot be; his own opens in the form, saved on request. */
  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (old_row))),
                           GTK_LIST_BOX_ROW (old_row));
  run_until_idle ();
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (request), "_Correct…")));
  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (jan_row))),
                           GTK_LIST_BOX_ROW (jan_row));
  run_until_idle ();
  editor = click_for_dialog (find_button (GTK_WIDGET (request), "_Correct…"),
                             OND_TYPE_CASE_EDITOR);
  type_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Address"), "Voorstraat 14");
  click (find_button (GTK_WIDGET (editor), "_Save"));
  g_assert_null (find_window (OND_TYPE_CASE_EDITOR));
  g_assert_cmpint (sql_count (f->path, "SELECT COUNT(*) FROM access_log WHERE what ="
                              " 'Gecorrigeerd op verzoek van betrokkene'"), ==, 1);
  g_assert_cmpint (sql_count (f->path, "SELECT COUNT(*) FROM case_file WHERE address ="
                              " 'Voorstraat 14'"), ==, 1);

  /* Erase…: Cancel erases nothing. */
  dialog = click_for_dialog (find_button (GTK_WIDGET (request), "E_rase…"),
                             ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Erase 2 Cases?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "cannot be undone"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "erase"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  click_response (dialog, "_Cancel");
  g_assert_cmpint (sql_count (f->path, "SELECT COUNT(*) FROM case_file"), ==, 3);

  /* Erase them. */
  dialog = click_for_dialog (find_button (GTK_WIDGET (request), "E_rase…"),
                             ADW_TYPE_MESSAGE_DIALOG);
  click_response (dialog, "E_rase");
  g_assert_null (find_row (GTK_WIDGET (request), ADW_TYPE_ACTION_ROW, jan_title));
  g_assert_null (find_row (GTK_WIDGET (request), ADW_TYPE_ACTION_ROW, old_title));
  g_assert_true (has_label (GTK_WIDGET (request), "No Cases Left"));
  g_assert_cmpint (sql_count (f->path, "SELECT COUNT(*) FROM case_file"), ==, 1);
  g_assert_cmpint (sql_count (f->path, "SELECT COUNT(*) FROM case_file WHERE subject_name ="
                              " 'Anna Bakker'"), ==, 1);
  g_assert_cmpint (sql_count (f->path, "SELECT COUNT(*) FROM deletion_log WHERE reason ="
                              " 'Gewist op verzoek van betrokkene (AVG art. 17)'"), ==, 2);
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (request), "E_rase…")));

  /* The casusoverleg list follows. */
  g_assert_true (wait_for_n_items (cases, n_before - 1));
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 1);
  (void) anna_id;

  close_request (request);
  gui_close_window (window, store);
}

/* A read-only file: the window says why, refuses the search and changes nothing. */
static void
test_read_only (GuiFixture    *f,
                gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window;
  OndSubjectWindow *request;

  add_case (store, "2025-03-01", "Jan de Vries", "Voorstraat 12", NULL);
  store = gui_reopen_read_only (f, store);
  window = gui_show_window (f->app, store, f->settings);
  request = open_request (window);

  g_assert_true (has_label (GTK_WIDGET (request), "Read-Only Database"));
  g_assert_true (any_label_contains (GTK_WIDGET (request), "access log"));
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (request), "_Search")));
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (request),
                                                        "_Export for Inspection…")));
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (request), "_Correct…")));
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (request), "E_rase…")));
  /* Enter in the name field does not search either. */
  search_by_enter (request, "Jan de Vries");
  g_assert_null (find_first (GTK_WIDGET (request), ADW_TYPE_ACTION_ROW));
  g_assert_true (has_label (GTK_WIDGET (request), "Read-Only Database"));

  close_request (request);
  gui_close_read_only (f, window, store);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "Subject");

  gui_test_add ("/ond/subject-gui/request", test_request);
  gui_test_add ("/ond/subject-gui/read-only", test_read_only);

  return gui_test_run ();
}
