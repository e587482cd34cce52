/* ond-case-conflict-dialog.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The dialog of a refused edit (optimistic locking), shared by every edit form: a row per
 * field someone else changed, its title the field, its subtitle their value and the
 * user's. Keeping their version is the default; overwriting theirs is marked destructive.
 * The dialog keeps the record as read when it opened and hands it to the form's answer. */

#define G_LOG_DOMAIN "ond-case-conflict"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case-conflict-dialog.h"
#include "ond-store-case-conflict.h"

/* More changed fields than this scroll, in a list this high (pixels). */
#define MAX_UNSCROLLED_ROWS 4
#define SCROLLED_HEIGHT 320

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
 * @texts: the heading and the text above the list of changes
 * @changes: (element-type OndCaseChange): what someone else changed
 *
 * Returns: (transfer full): the dialog; its "response" is one of the
 *   OND_CASE_CONFLICT_RESPONSE_* ids
 */
AdwMessageDialog *
ond_conflict_dialog_new (GtkWindow              *parent,
                         const OndConflictTexts *texts,
                         GPtrArray              *changes)
{
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkWidget *scrolled;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (texts != NULL, NULL);
  g_return_val_if_fail (changes != NULL, NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, texts->heading,
                                                       changes->len > 0
                                                         ? texts->body
                                                         : texts->body_unchanged));

  if (changes->len > 0)
    {
      list = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      for (guint i = 0; i < changes->len; i++)
        gtk_list_box_append (GTK_LIST_BOX (list), change_row (g_ptr_array_index (changes, i)));
      /* A few rows are shown whole. A scrolled window's natural height is measured before
       * the dialog has its narrow width, so its wrapped titles would be cut off: only a
       * long list scrolls, in a fixed height. */
      if (changes->len <= MAX_UNSCROLLED_ROWS)
        {
          adw_message_dialog_set_extra_child (dialog, list);
        }
      else
        {
          scrolled = gtk_scrolled_window_new ();
          gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                          GTK_POLICY_AUTOMATIC);
          gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled),
                                                      SCROLLED_HEIGHT);
          gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
          adw_message_dialog_set_extra_child (dialog, scrolled);
        }
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

/* The record the dialog was opened with and what its form does with the answer. */
typedef struct
{
  GtkWindow *form;
  gpointer current;
  GDestroyNotify current_free;
  OndConflictAnswerFunc answer;
} Answer;

static void
answer_free (Answer *answer)
{
  g_clear_object (&answer->form);
  if (answer->current_free != NULL)
    g_clear_pointer (&answer->current, answer->current_free);
  g_free (answer);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Answer, answer_free)

/* Overwriting saves the form, which may close it, and with it the dialog: so not while the
 * dialog still answers, and not when the form has gone meanwhile. */
static gboolean
overwrite_cb (gpointer data)
{
  Answer *answer = data;

  if (!gtk_widget_in_destruction (GTK_WIDGET (answer->form)))
    answer->answer (answer->form, answer->current, TRUE);
  return G_SOURCE_REMOVE;
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                gpointer          form)
{
  g_autoptr(Answer) answer = g_object_steal_data (G_OBJECT (dialog), "answer");

  if (answer == NULL || g_str_equal (response, OND_CASE_CONFLICT_RESPONSE_CANCEL))
    return;
  if (g_str_equal (response, OND_CASE_CONFLICT_RESPONSE_MINE))
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, overwrite_cb, g_steal_pointer (&answer),
                     (GDestroyNotify) answer_free);
  else
    answer->answer (GTK_WINDOW (form), answer->current, FALSE);
}

/**
 * ond_conflict_dialog_ask:
 * @form: the edit form whose save was refused
 * @texts: the heading and the text above the list of changes
 * @changes: (element-type OndCaseChange): what someone else changed
 * @current: (transfer full): the record as it is now
 * @current_free: frees @current
 * @answer: what @form does when the user keeps their version or overwrites it
 *
 * Shows the question over @form. The answer is not given when the user goes back to the
 * form, nor after @form is gone.
 */
void
ond_conflict_dialog_ask (GtkWindow              *form,
                         const OndConflictTexts *texts,
                         GPtrArray              *changes,
                         gpointer                current,
                         GDestroyNotify          current_free,
                         OndConflictAnswerFunc   answer)
{
  AdwMessageDialog *dialog;
  Answer *data;

  g_return_if_fail (GTK_IS_WINDOW (form));
  g_return_if_fail (answer != NULL);

  dialog = ond_conflict_dialog_new (form, texts, changes);
  data = g_new0 (Answer, 1);
  data->form = g_object_ref (form);
  data->current = current;
  data->current_free = current_free;
  data->answer = answer;
  g_object_set_data_full (G_OBJECT (dialog), "answer", data, (GDestroyNotify) answer_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_response_cb), form, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
