/* test-case-conflict-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits under concurrency in the case editor: the form is open, someone else (a second store
 * on the same file) saves the case, and Save shows what changed instead of overwriting it.
 * Keeping their version fills the form with the case as it is now and writes nothing;
 * overwriting saves the form over it. */

#include "config.h"

#include <adwaita.h>

#include "ond-case-conflict-dialog.h"
#include "ond-case-editor.h"
#include "ond-case.h"
#include "ond-gui-test-util.h"
#include "ond-store-cases.h"
#include "ond-test-util.h"

static gint64
add_case (OndStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) draft = ond_case_draft_new ();
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  gint64 id;

  draft->date_received = g_strdup ("2025-03-04");
  draft->source = g_strdup ("mma");
  draft->subject_kind = g_strdup ("persoon");
  draft->subject_name = g_strdup ("Jan de Vries");
  draft->address = g_strdup ("Voorstraat 12");
  draft->summary = g_strdup ("Hennepkwekerij");
  id = ond_store_create_case (store, draft, today, NULL, &error);
  g_assert_no_error (error);
  return id;
}

/* Someone else renames the subject through their own connection. */
static void
change_elsewhere (const char *path,
                  gint64      id,
                  const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = ond_store_open (path, &error);
  g_autoptr(OndCase) kase = NULL;
  g_autoptr(OndCaseDraft) draft = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();

  g_assert_no_error (error);
  kase = ond_store_get_case (other, id, &error);
  g_assert_no_error (error);
  draft = ond_case_dup_draft (kase);
  g_free (draft->subject_name);
  draft->subject_name = g_strdup (name);
  g_assert_true (ond_store_update_case (other, id, draft, today, &error));
  g_assert_no_error (error);
}

static char *
stored (OndStore   *store,
        gint64      id,
        const char *property)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCase) kase = ond_store_get_case (store, id, &error);
  char *value = NULL;

  g_assert_no_error (error);
  g_object_get (kase, property, &value, NULL);
  return value;
}

static OndCaseEditor *
open_editor (OndStore *store,
             gint64    id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCase) kase = ond_store_get_case (store, id, &error);
  OndCaseEditor *editor;

  g_assert_no_error (error);
  editor = ond_case_editor_new (NULL, store, NULL, kase);
  gtk_window_present (GTK_WINDOW (editor));
  run_until_idle ();
  return editor;
}

static void
test_keep_theirs (GuiFixture    *f,
                  gconstpointer  data)
{
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autofree char *address = NULL;
  g_autofree char *name = NULL;
  gint64 id = add_case (store);
  OndCaseEditor *editor = open_editor (store, id);
  AdwMessageDialog *dialog;

  type_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Address"), "Nieuwstraat 1");
  change_elsewhere (f->path, id, "Piet Jansen");

  click (find_button (GTK_WIDGET (editor), "_Save"));
  dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Someone Else Changed This Case");
  /* The one field that changed, their value and the user's (who did not change it). */
  g_assert_nonnull (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Name of the subject"));
  g_assert_true (any_label_contains (GTK_WIDGET (dialog), "Their value: Piet Jansen"));
  g_assert_true (any_label_contains (GTK_WIDGET (dialog), "Your value: Jan de Vries"));
  g_assert_null (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Address"));
  /* Nothing of the form was written. */
  address = stored (store, id, "address");
  g_assert_cmpstr (address, ==, "Voorstraat 12");

  /* Their version: the form shows the case as it is now, still open, nothing written. */
  click_response (dialog, "_Keep Their Version");
  g_assert_true (find_window (OND_TYPE_CASE_EDITOR) == editor);
  g_assert_cmpstr (gtk_editable_get_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                                                    "Name of the subject")), ==, "Piet Jansen");
  g_assert_cmpstr (gtk_editable_get_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                                                    "Address")), ==, "Voorstraat 12");
  g_clear_pointer (&address, g_free);
  address = stored (store, id, "address");
  g_assert_cmpstr (address, ==, "Voorstraat 12");

  /* An edit from there saves at once. */
  type_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Address"), "Nieuwstraat 1");
  click (find_button (GTK_WIDGET (editor), "_Save"));
  g_assert_null (find_window (OND_TYPE_CASE_EDITOR));
  g_clear_pointer (&address, g_free);
  address = stored (store, id, "address");
  name = stored (store, id, "subject-name");
  g_assert_cmpstr (address, ==, "Nieuwstraat 1");
  g_assert_cmpstr (name, ==, "Piet Jansen");
}

static void
test_overwrite_with_mine (GuiFixture    *f,
                          gconstpointer  data)
{
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autofree char *name = NULL;
  gint64 id = add_case (store);
  OndCaseEditor *editor = open_editor (store, id);
  AdwMessageDialog *dialog;

  type_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Name of the subject"),
             "Karel Smit");
  change_elsewhere (f->path, id, "Piet Jansen");
  click (find_button (GTK_WIDGET (editor), "_Save"));
  dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (any_label_contains (GTK_WIDGET (dialog), "Your value: Karel Smit"));

  click_response (dialog, "_Overwrite With Mine");
  g_assert_null (find_window (OND_TYPE_CASE_EDITOR));
  name = stored (store, id, "subject-name");
  g_assert_cmpstr (name, ==, "Karel Smit");
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "CaseConflict");
  gui_test_add ("/case-conflict-gui/keep-theirs", test_keep_theirs);
  gui_test_add ("/case-conflict-gui/overwrite-with-mine", test_overwrite_with_mine);
  return gui_test_run ();
}
