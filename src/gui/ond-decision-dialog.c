/* ond-decision-dialog.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The dialog in which the decision on an agenda item is written. It only collects the text:
 * the meeting view hands it to the store, which keeps it on the item and in the case's
 * history, checked against the row version of the item the dialog holds. When someone else
 * recorded a decision in between, the view opens the dialog again with the user's text and
 * it asks with the conflict dialog every edit form shares (ond_decision_dialog_ask_conflict):
 * keep theirs puts their decision in the text field; overwrite records the user's over it. */

#define G_LOG_DOMAIN "ond-decision-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case-conflict-dialog.h"
#include "ond-decision-dialog.h"
#include "ond-store-form-conflict.h"

struct _OndDecisionDialog
{
  AdwMessageDialog  parent_instance;

  GtkTextView      *text_view;

  OndMeetingItem   *item;
};

enum
{
  PROP_0,
  PROP_ITEM,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndDecisionDialog, ond_decision_dialog, ADW_TYPE_MESSAGE_DIALOG)

static GParamSpec *properties[N_PROPS];

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static void
update_body (OndDecisionDialog *self)
{
  g_autofree char *body = NULL;
  const char *reference;
  const char *subject;

  if (self->item == NULL)
    {
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), "");
      return;
    }

  reference = ond_meeting_item_get_case_reference (self->item);
  subject = ond_meeting_item_get_subject_name (self->item);
  if (subject != NULL && subject[0] != '\0')
    /* Translators: the case a decision is about: its reference, subject and why it is on
     * the agenda, e.g. "2024-0003 · Jansen B.V. · New signal". */
    body = g_strdup_printf (_("%s · %s · %s"),
                            reference != NULL ? reference : "",
                            subject,
                            ond_meeting_item_get_reason_label (self->item));
  else
    body = g_strdup_printf (_("%s · %s"),
                            reference != NULL ? reference : "",
                            ond_meeting_item_get_reason_label (self->item));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
}

static void
on_text_changed_cb (OndDecisionDialog *self,
                    GtkTextBuffer     *buffer)
{
  g_autofree char *text = ond_decision_dialog_dup_decision (self);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "record",
                                           !is_blank (text));
}

static void
ond_decision_dialog_dispose (GObject *object)
{
  OndDecisionDialog *self = OND_DECISION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_DECISION_DIALOG);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (ond_decision_dialog_parent_class)->dispose (object);
}

static void
ond_decision_dialog_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  OndDecisionDialog *self = OND_DECISION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_decision_dialog_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  OndDecisionDialog *self = OND_DECISION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_set_object (&self->item, g_value_get_object (value));
      update_body (self);
      if (self->item != NULL)
        ond_decision_dialog_set_decision (self, ond_meeting_item_get_decision (self->item));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_decision_dialog_class_init (OndDecisionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_decision_dialog_dispose;
  object_class->get_property = ond_decision_dialog_get_property;
  object_class->set_property = ond_decision_dialog_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         OND_TYPE_MEETING_ITEM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-decision-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OndDecisionDialog, text_view);
}

static void
ond_decision_dialog_init (OndDecisionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (on_text_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * ond_decision_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @item: the agenda item the decision is about
 *
 * Returns: (transfer full): a new dialog, not yet shown; its text is the item's decision
 *   so far
 */
GtkWidget *
ond_decision_dialog_new (GtkWindow      *parent,
                         OndMeetingItem *item)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_MEETING_ITEM (item), NULL);

  return g_object_new (OND_TYPE_DECISION_DIALOG,
                       "transient-for", parent,
                       "item", item,
                       NULL);
}

/**
 * ond_decision_dialog_get_item:
 * @self: an #OndDecisionDialog
 *
 * Returns: (transfer none): the agenda item the decision is about
 */
OndMeetingItem *
ond_decision_dialog_get_item (OndDecisionDialog *self)
{
  g_return_val_if_fail (OND_IS_DECISION_DIALOG (self), NULL);

  return self->item;
}

/**
 * ond_decision_dialog_dup_decision:
 * @self: an #OndDecisionDialog
 *
 * Returns: (transfer full): the decision as written, without white space around it
 */
char *
ond_decision_dialog_dup_decision (OndDecisionDialog *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  char *text;

  g_return_val_if_fail (OND_IS_DECISION_DIALOG (self), NULL);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  return g_strstrip (text);
}

/**
 * ond_decision_dialog_set_decision:
 * @self: an #OndDecisionDialog
 * @decision: (nullable): the text to show
 *
 * Puts @decision in the text field, as if the user typed it.
 */
void
ond_decision_dialog_set_decision (OndDecisionDialog *self,
                                  const char        *decision)
{
  g_return_if_fail (OND_IS_DECISION_DIALOG (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view),
                            decision != NULL ? decision : "", -1);
}

static void
answer_conflict (GtkWindow *form,
                 gpointer   current,
                 gboolean   overwrite)
{
  OndDecisionDialog *self = OND_DECISION_DIALOG (form);

  /* The item as read now is what the next record is checked against. */
  g_set_object (&self->item, current);
  update_body (self);
  if (overwrite)
    {
      /* As the button would: the response, then the dialog closes. */
      adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "record");
      gtk_window_close (GTK_WINDOW (self));
    }
  else
    ond_decision_dialog_set_decision (self, ond_meeting_item_get_decision (self->item));
}

/**
 * ond_decision_dialog_ask_conflict:
 * @self: an #OndDecisionDialog holding the item as the user opened it and the user's text,
 *   shown
 * @current: the item as it is now, with the decision someone else recorded (ref taken)
 *
 * Shows what someone else recorded and asks whether to keep it (their decision goes into
 * the text field) or to record the user's over it (the dialog responds "record" again,
 * checked against @current's version).
 */
void
ond_decision_dialog_ask_conflict (OndDecisionDialog *self,
                                  OndMeetingItem    *current)
{
  g_autofree char *decision = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  const OndConflictTexts texts = {
    _("Someone Else Recorded a Decision"),
    _("A decision on this agenda item was recorded after you opened it, so yours has not "
      "been recorded. This is what changed:"),
    _("The agenda item was changed after you opened it, but not its decision. Your decision "
      "has not been recorded."),
  };

  g_return_if_fail (OND_IS_DECISION_DIALOG (self));
  g_return_if_fail (OND_IS_MEETING_ITEM (current));

  decision = ond_decision_dialog_dup_decision (self);
  changes = ond_store_compare_decision_edit (self->item, decision, current);
  ond_conflict_dialog_ask (GTK_WINDOW (self), &texts, changes, g_object_ref (current),
                           g_object_unref, answer_conflict);
}
