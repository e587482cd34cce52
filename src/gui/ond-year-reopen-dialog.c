/* ond-year-reopen-dialog.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The question before a closed year is reopened: what happens (the frozen figures are
 * counted from the records again) and why it is done, which the store keeps in the log of
 * closes and reopenings. */

#define G_LOG_DOMAIN "ond-year-reopen-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-text.h"
#include "ond-year-reopen-dialog.h"

struct _OndYearReopenDialog
{
  AdwMessageDialog  parent_instance;

  GtkEntry         *reason_entry;

  int               year;
};

enum
{
  PROP_0,
  PROP_YEAR,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndYearReopenDialog, ond_year_reopen_dialog, ADW_TYPE_MESSAGE_DIALOG)

static GParamSpec *properties[N_PROPS];

static void
update_texts (OndYearReopenDialog *self)
{
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  /* Translators: the heading of the dialog that reopens a closed year, e.g. "Reopen
   * 2024?". */
  heading = g_strdup_printf (_("Reopen %d?"), self->year);
  body = g_strdup_printf (_("The figures of %d were frozen when the year was closed. Reopened, "
                            "they are counted from the records again, so changes made since "
                            "can change figures that were already reported. The reason is "
                            "kept in the log."),
                          self->year);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
}

static void
on_reason_changed_cb (OndYearReopenDialog *self,
                      GtkEditable         *editable)
{
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "reopen",
                                           !ond_text_is_blank (gtk_editable_get_text (editable)));
}

static void
ond_year_reopen_dialog_dispose (GObject *object)
{
  OndYearReopenDialog *self = OND_YEAR_REOPEN_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_YEAR_REOPEN_DIALOG);

  G_OBJECT_CLASS (ond_year_reopen_dialog_parent_class)->dispose (object);
}

static void
ond_year_reopen_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  OndYearReopenDialog *self = OND_YEAR_REOPEN_DIALOG (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_year_reopen_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  OndYearReopenDialog *self = OND_YEAR_REOPEN_DIALOG (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      self->year = g_value_get_int (value);
      update_texts (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_year_reopen_dialog_class_init (OndYearReopenDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_year_reopen_dialog_dispose;
  object_class->get_property = ond_year_reopen_dialog_get_property;
  object_class->set_property = ond_year_reopen_dialog_set_property;

  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-year-reopen-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OndYearReopenDialog, reason_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_reason_changed_cb);
}

static void
ond_year_reopen_dialog_init (OndYearReopenDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ond_year_reopen_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @year: the closed year
 *
 * Returns: (transfer full): a new dialog, not yet shown; it answers "reopen" or "cancel"
 */
GtkWidget *
ond_year_reopen_dialog_new (GtkWindow *parent,
                            int        year)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (OND_TYPE_YEAR_REOPEN_DIALOG,
                       "transient-for", parent,
                       "year", year,
                       NULL);
}

/**
 * ond_year_reopen_dialog_get_year:
 * @self: an #OndYearReopenDialog
 *
 * Returns: the year to reopen
 */
int
ond_year_reopen_dialog_get_year (OndYearReopenDialog *self)
{
  g_return_val_if_fail (OND_IS_YEAR_REOPEN_DIALOG (self), 0);

  return self->year;
}

/**
 * ond_year_reopen_dialog_dup_reason:
 * @self: an #OndYearReopenDialog
 *
 * Returns: (transfer full): the reason as written, without white space around it
 */
char *
ond_year_reopen_dialog_dup_reason (OndYearReopenDialog *self)
{
  g_return_val_if_fail (OND_IS_YEAR_REOPEN_DIALOG (self), NULL);

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_entry))));
}

/**
 * ond_year_reopen_dialog_set_reason:
 * @self: an #OndYearReopenDialog
 * @reason: (nullable): the text to show
 *
 * Puts @reason in the field, as if the user typed it.
 */
void
ond_year_reopen_dialog_set_reason (OndYearReopenDialog *self,
                                   const char          *reason)
{
  g_return_if_fail (OND_IS_YEAR_REOPEN_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->reason_entry), reason != NULL ? reason : "");
}
