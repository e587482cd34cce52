/* ond-meeting-new-dialog.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The dialog that asks for the date of a new meeting. It checks the date as it is typed
 * (written as a date, an existing day, no meeting on it yet) and says what is wrong below the
 * field; the meeting view creates the meeting through the store. */

#define G_LOG_DOMAIN "ond-meeting-new-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-date.h"
#include "ond-meeting.h"
#include "ond-meeting-new-dialog.h"

struct _OndMeetingNewDialog
{
  AdwMessageDialog  parent_instance;

  GtkEntry         *date_entry;
  GtkLabel         *error_label;

  GListModel       *meetings;
  /* The date typed, ISO, or NULL while it is not a date that can be chosen. */
  char             *date;
};

enum
{
  PROP_0,
  PROP_MEETINGS,
  PROP_DATE,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndMeetingNewDialog, ond_meeting_new_dialog, ADW_TYPE_MESSAGE_DIALOG)

static GParamSpec *properties[N_PROPS];

static gboolean
has_meeting_on (OndMeetingNewDialog *self,
                const char          *iso)
{
  guint n;

  if (self->meetings == NULL)
    return FALSE;

  n = g_list_model_get_n_items (self->meetings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndMeeting) meeting = g_list_model_get_item (self->meetings, i);

      if (g_strcmp0 (ond_meeting_get_date (meeting), iso) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
show_problem (OndMeetingNewDialog *self,
              const char          *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->date_entry), "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_entry),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->date_entry),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->date_entry), "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->date_entry),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->date_entry),
                                  GTK_ACCESSIBLE_STATE_INVALID);
    }
}

static void
on_date_changed_cb (OndMeetingNewDialog *self,
                    GtkEditable         *editable)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *message = NULL;

  if (!ond_date_parse (gtk_editable_get_text (editable), &iso, &error))
    {
      show_problem (self, error->message);
      g_clear_pointer (&iso, g_free);
    }
  else if (has_meeting_on (self, iso))
    {
      shown = ond_date_format (iso);
      /* Translators: %s is a date, e.g. "14-03-2024". */
      message = g_strdup_printf (_("There is already a meeting on %s"), shown);
      show_problem (self, message);
      g_clear_pointer (&iso, g_free);
    }
  else
    show_problem (self, NULL);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "create", iso != NULL);
  if (g_strcmp0 (self->date, iso) != 0)
    {
      g_free (self->date);
      self->date = g_steal_pointer (&iso);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
    }
}

static void
ond_meeting_new_dialog_dispose (GObject *object)
{
  OndMeetingNewDialog *self = OND_MEETING_NEW_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_MEETING_NEW_DIALOG);
  g_clear_object (&self->meetings);

  G_OBJECT_CLASS (ond_meeting_new_dialog_parent_class)->dispose (object);
}

static void
ond_meeting_new_dialog_finalize (GObject *object)
{
  OndMeetingNewDialog *self = OND_MEETING_NEW_DIALOG (object);

  g_free (self->date);

  G_OBJECT_CLASS (ond_meeting_new_dialog_parent_class)->finalize (object);
}

static void
ond_meeting_new_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  OndMeetingNewDialog *self = OND_MEETING_NEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_MEETINGS:
      g_value_set_object (value, self->meetings);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_meeting_new_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  OndMeetingNewDialog *self = OND_MEETING_NEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_MEETINGS:
      g_set_object (&self->meetings, g_value_get_object (value));
      on_date_changed_cb (self, GTK_EDITABLE (self->date_entry));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_meeting_new_dialog_class_init (OndMeetingNewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_meeting_new_dialog_dispose;
  object_class->finalize = ond_meeting_new_dialog_finalize;
  object_class->get_property = ond_meeting_new_dialog_get_property;
  object_class->set_property = ond_meeting_new_dialog_set_property;

  properties[PROP_MEETINGS] =
    g_param_spec_object ("meetings", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-meeting-new-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OndMeetingNewDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, OndMeetingNewDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed_cb);
}

static void
ond_meeting_new_dialog_init (OndMeetingNewDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%d-%m-%Y");

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), today);
}

/**
 * ond_meeting_new_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @meetings: (nullable): the meetings there are (#OndMeeting), whose dates cannot be chosen
 *
 * Returns: (transfer full): a new dialog, not yet shown, with today's date filled in
 */
GtkWidget *
ond_meeting_new_dialog_new (GtkWindow  *parent,
                            GListModel *meetings)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (meetings == NULL || G_IS_LIST_MODEL (meetings), NULL);

  return g_object_new (OND_TYPE_MEETING_NEW_DIALOG,
                       "transient-for", parent,
                       "meetings", meetings,
                       NULL);
}

/**
 * ond_meeting_new_dialog_get_date:
 * @self: an #OndMeetingNewDialog
 *
 * Returns: (nullable): the date typed as "YYYY-MM-DD", or %NULL while it is not one that can
 *   be chosen
 */
const char *
ond_meeting_new_dialog_get_date (OndMeetingNewDialog *self)
{
  g_return_val_if_fail (OND_IS_MEETING_NEW_DIALOG (self), NULL);

  return self->date;
}

/**
 * ond_meeting_new_dialog_set_text:
 * @self: an #OndMeetingNewDialog
 * @text: a date as the user would type it
 *
 * Fills in the date field, as if the user typed @text.
 */
void
ond_meeting_new_dialog_set_text (OndMeetingNewDialog *self,
                                 const char          *text)
{
  g_return_if_fail (OND_IS_MEETING_NEW_DIALOG (self));
  g_return_if_fail (text != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), text);
}
