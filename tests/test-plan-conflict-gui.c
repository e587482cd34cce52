/* test-plan-conflict-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits under concurrency in the action editor and the funding form: the form is open,
 * someone else (a second store on the same file) changes the record, and the user's save is
 * refused with the conflict dialog, which names the field that changed with their value and
 * the user's. "Keep their version" fills the action's form in from the action as it is now
 * and writes nothing; "Overwrite with mine" saves the funding form over the version read
 * then. */

#include "config.h"

#include <adwaita.h>

#include "ond-action-editor.h"
#include "ond-funding-dialog.h"
#include "ond-gui-test-util.h"
#include "ond-store-plan-conflict.h"
#include "ond-store-private.h"
#include "ond-test-util.h"

static gint64
first_id (OndStore   *store,
          const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (_ond_store_query_int (store, sql, &id, &error));
  g_assert_no_error (error);
  return id;
}

/* Someone else changes the text of the action through their own connection. */
static void
change_action_elsewhere (const char *path,
                         gint64      id,
                         const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = ond_store_open (path, &error);
  g_autoptr(OndAction) action = NULL;
  OndActionFields fields;
  guint n = 0;
  const gint64 *links;

  g_assert_no_error (error);
  action = ond_store_dup_action (other, id, &error);
  g_assert_no_error (error);
  links = ond_action_get_plan_item_ids (action, &n);
  fields = (OndActionFields) {
    ond_action_get_pillar_id (action), ond_action_get_theme_id (action),
    ond_action_get_group_heading (action), text, ond_action_get_status (action),
    ond_action_get_owner_id (action), links, n,
  };
  g_assert_true (ond_store_update_action (other, id, &fields, &error));
  g_assert_no_error (error);
}

static OndAction *
stored_action (OndStore *store,
               gint64    id)
{
  g_autoptr(GError) error = NULL;
  OndAction *action = ond_store_dup_action (store, id, &error);

  g_assert_no_error (error);
  return action;
}

static char *
editor_text (OndActionEditor *editor)
{
  GtkTextView *view = find_first (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
test_action_keep_theirs (GuiFixture    *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  g_autoptr(OndAction) action = NULL;
  g_autoptr(OndAction) after = NULL;
  g_autofree char *shown = NULL;
  gint64 id;
  OndActionEditor *editor;
  AdwMessageDialog *dialog;

  g_assert_no_error (error);
  id = first_id (store, "SELECT min(id) FROM action");
  action = stored_action (store, id);
  g_assert_cmpstr (ond_action_get_status (action), !=, "vervallen");
  editor = ond_action_editor_new (NULL, store, plan, action, 0, 0, NULL);
  gtk_window_present (GTK_WINDOW (editor));
  run_until_idle ();

  change_action_elsewhere (f->path, id, "Tekst van een ander");
  /* A choice is saved at once: refused. */
  choose (find_row (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, "Status"), "Vervallen");
  run_until_idle ();
  dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "Someone Else Changed This Action");
  g_assert_nonnull (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Text"));
  g_assert_true (any_label_contains (GTK_WIDGET (dialog), "Their value: Tekst van een ander"));
  g_assert_null (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Status"));
  after = stored_action (store, id);
  g_assert_cmpstr (ond_action_get_status (after), ==, ond_action_get_status (action));

  /* Their version: the form shows the action as it is now; nothing is written. */
  click_response (dialog, "_Keep Their Version");
  run_until_idle ();
  g_assert_true (find_window (OND_TYPE_ACTION_EDITOR) == editor);
  shown = editor_text (editor);
  g_assert_cmpstr (shown, ==, "Tekst van een ander");
  g_assert_cmpuint (adw_combo_row_get_selected (find_row (GTK_WIDGET (editor),
                                                          ADW_TYPE_COMBO_ROW, "Status")),
                    !=, GTK_INVALID_LIST_POSITION);
  g_clear_object (&after);
  after = stored_action (store, id);
  g_assert_cmpstr (ond_action_get_status (after), ==, ond_action_get_status (action));
  g_assert_cmpint (ond_action_get_row_version (after), ==, 2);

  /* A change from there is saved at once, over the version read then. */
  choose (find_row (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, "Status"), "Vervallen");
  run_until_idle ();
  g_assert_null (find_dialog (ADW_TYPE_MESSAGE_DIALOG));
  g_clear_object (&after);
  after = stored_action (store, id);
  g_assert_cmpstr (ond_action_get_status (after), ==, "vervallen");
  g_assert_cmpstr (ond_action_get_text (after), ==, "Tekst van een ander");
  g_assert_cmpint (ond_action_get_row_version (after), ==, 3);
  gtk_window_destroy (GTK_WINDOW (editor));
  run_until_idle ();
}

static void
test_funding_overwrite_with_mine (GuiFixture    *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(OndStore) other = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  g_autoptr(OndFunding) funding = NULL;
  g_autoptr(OndFunding) after = NULL;
  gint64 id, plan_id;
  OndFundingDialog *form;
  AdwMessageDialog *dialog;

  g_assert_no_error (error);
  plan_id = ond_plan_get_id (plan);
  id = first_id (store, "SELECT min(id) FROM funding");
  funding = ond_store_get_funding (store, plan_id, id, &error);
  g_assert_no_error (error);
  form = ond_funding_dialog_new (NULL, store, plan, funding);
  gtk_window_present (GTK_WINDOW (form));
  run_until_idle ();

  other = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ond_store_save_funding (other, plan_id, id, ond_funding_get_year (funding),
                                           ond_funding_get_source (funding),
                                           ond_funding_get_amount (funding),
                                           "Hun bestemming", NULL, 0, &error), ==, id);
  g_assert_no_error (error);

  type_text (find_row (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Amount"), "1.234,00");
  click (find_button (GTK_WIDGET (form), "_Save"));
  dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "Someone Else Changed This Funding");
  g_assert_nonnull (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Earmark"));
  g_assert_true (any_label_contains (GTK_WIDGET (dialog), "Their value: Hun bestemming"));
  g_assert_null (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Amount"));
  after = ond_store_get_funding (store, plan_id, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ond_funding_get_amount (after), ==, ond_funding_get_amount (funding));

  /* Mine: the whole form saved over their version (their earmark goes too). */
  click_response (dialog, "_Overwrite With Mine");
  run_until_idle ();
  g_assert_null (find_window (OND_TYPE_FUNDING_DIALOG));
  g_clear_object (&after);
  after = ond_store_get_funding (store, plan_id, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ond_funding_get_amount (after), ==, 123400);
  g_assert_cmpstr (ond_funding_get_earmark (after), ==, ond_funding_get_earmark (funding));
  g_assert_cmpint (ond_funding_get_row_version (after), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "PlanConflict");
  gui_test_add ("/plan-conflict-gui/action-keep-theirs", test_action_keep_theirs);
  gui_test_add ("/plan-conflict-gui/funding-overwrite-with-mine",
                test_funding_overwrite_with_mine);
  return gui_test_run ();
}
