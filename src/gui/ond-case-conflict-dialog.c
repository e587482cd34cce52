/* ond-case-conflict-dialog.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The dialog of a refused case edit (optimistic locking): a row per field someone else
 * changed, its title the field, its subtitle their value and the user's. Keeping their
 * version is the default; overwriting theirs is marked destructive. */

#define G_LOG_DOMAIN "ond-case-conflict"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case-conflict-dialog.h"
#include "ond-store-case-conflict.h"

static const char *
shown (const char *value)
{
  /* Translators: the value of a field that is empty. */
  return value != NULL && value[0] != '\0' ? value : _("(empty)");
}

static GtkWidget *
change_row (const OndCaseChange *change)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;

  if (change->mine != NULL)
    /* Translators: below a field in the list of what someone else changed. */
    subtitle = g_strdup_printf (_("Their value: %s\nYour value: %s"), shown (change->theirs),
                                shown (change->mine));
  else
    /* Translators: a field that is not in the form; saving keeps their value. */
    subtitle = g_strdup_printf (_("Their value: %s (not in this form; kept)"),
                                shown (change->theirs));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), change->label);
  /* Values are data, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

/**
 * ond_conflict_dialog_new:
 * @parent: the editor
 * @heading: the dialog's heading
 * @body: the text above the list of changes
 * @body_unchanged: the text when none of the form's fields changed
 * @changes: (element-type OndCaseChange): what someone else changed
 *
 * Returns: (transfer full): the dialog; its "response" is one of the
 *   OND_CASE_CONFLICT_RESPONSE_* ids
 */
AdwMessageDialog *
ond_conflict_dialog_new (GtkWindow  *parent,
                         const char *heading,
                         const char *body,
                         const char *body_unchanged,
                         GPtrArray  *changes)
{
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkWidget *scrolled;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (changes != NULL, NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading,
                                                       changes->len > 0 ? body
                                                                        : body_unchanged));

  if (changes->len > 0)
    {
      list = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      for (guint i = 0; i < changes->len; i++)
        gtk_list_box_append (GTK_LIST_BOX (list), change_row (g_ptr_array_index (changes, i)));
      scrolled = gtk_scrolled_window_new ();
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                      GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
      adw_message_dialog_set_extra_child (dialog, scrolled);
    }

  adw_message_dialog_add_responses (dialog,
                                    OND_CASE_CONFLICT_RESPONSE_CANCEL, _("_Cancel"),
                                    OND_CASE_CONFLICT_RESPONSE_THEIRS, _("_Keep Their Version"),
                                    OND_CASE_CONFLICT_RESPONSE_MINE, _("_Overwrite With Mine"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, OND_CASE_CONFLICT_RESPONSE_MINE,
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, OND_CASE_CONFLICT_RESPONSE_THEIRS);
  adw_message_dialog_set_close_response (dialog, OND_CASE_CONFLICT_RESPONSE_CANCEL);
  return dialog;
}

/**
 * ond_case_conflict_dialog_new:
 * @parent: the case editor
 * @changes: (element-type OndCaseChange): what someone else changed
 *
 * Returns: (transfer full): the dialog; its "response" is one of the
 *   OND_CASE_CONFLICT_RESPONSE_* ids
 */
AdwMessageDialog *
ond_case_conflict_dialog_new (GtkWindow *parent,
                              GPtrArray *changes)
{
  return ond_conflict_dialog_new (
    parent, _("Someone Else Changed This Case"),
    _("The case was changed after you opened it, so your changes have not been saved. "
      "This is what changed:"),
    _("The case was changed after you opened it, but not in the fields of this form. "
      "Your changes have not been saved."),
    changes);
}
