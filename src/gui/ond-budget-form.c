/* ond-budget-form.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the budget's forms share (see ond-budget-form.h). */

#define G_LOG_DOMAIN "ond-budget-form"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-budget-form.h"
#include "ond-money.h"
#include "ond-plan.h"
#include "ond-store.h"
#include "ond-text.h"

#define BIND_CHILD(widget_class, offset, member) \
  gtk_widget_class_bind_template_child_full ((widget_class), #member, FALSE, \
                                             (gssize) ((offset) + \
                                                       G_STRUCT_OFFSET (OndBudgetFormWidgets, \
                                                                        member)))

guint
ond_budget_form_class_setup (GtkWidgetClass *widget_class,
                             const char     *resource,
                             gsize           widgets_offset,
                             GCallback       on_save_clicked)
{
  guint saved;

  saved = g_signal_new ("saved",
                        G_TYPE_FROM_CLASS (widget_class),
                        G_SIGNAL_RUN_LAST,
                        0, NULL, NULL, NULL,
                        G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, resource);
  BIND_CHILD (widget_class, widgets_offset, window_title);
  BIND_CHILD (widget_class, widgets_offset, cancel_button);
  BIND_CHILD (widget_class, widgets_offset, save_button);
  BIND_CHILD (widget_class, widgets_offset, general_error_group);
  BIND_CHILD (widget_class, widgets_offset, general_error_label);
  BIND_CHILD (widget_class, widgets_offset, group);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_save_clicked_cb",
                                                on_save_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  return saved;
}

GParamSpec *
ond_budget_form_param_store (void)
{
  return g_param_spec_object ("store", NULL, NULL,
                              OND_TYPE_STORE,
                              G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
}

GParamSpec *
ond_budget_form_param_plan (void)
{
  return g_param_spec_object ("plan", NULL, NULL,
                              OND_TYPE_PLAN,
                              G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
}

void
ond_budget_form_set_title (OndBudgetFormWidgets *widgets,
                           GtkWindow            *window,
                           const char           *title)
{
  adw_window_title_set_title (widgets->window_title, title);
  gtk_window_set_title (window, title);
  ond_form_set_button_label (widgets->cancel_button, _("_Cancel"));
  ond_form_set_button_label (widgets->save_button, _("_Save"));
}

void
ond_budget_form_show_general_error (OndBudgetFormWidgets *widgets,
                                    const char           *message)
{
  gtk_label_set_label (widgets->general_error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (widgets->general_error_group), message != NULL);
}

AdwEntryRow *
ond_budget_form_add_entry (AdwPreferencesGroup *group,
                           OndFormField        *field,
                           const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  ond_form_field_add (group, row, field);
  return ADW_ENTRY_ROW (row);
}

AdwComboRow *
ond_budget_form_add_combo (AdwPreferencesGroup *group,
                           OndFormField        *field,
                           const char          *title,
                           GtkStringList       *choices)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
  ond_form_field_add (group, row, field);
  return ADW_COMBO_ROW (row);
}

const char *
ond_budget_form_get_text (OndFormField *field)
{
  g_return_val_if_fail (field != NULL && GTK_IS_EDITABLE (field->field), "");

  return gtk_editable_get_text (GTK_EDITABLE (field->field));
}

void
ond_budget_form_set_error (OndFormField *field,
                           const char   *message)
{
  if (message != NULL)
    ond_form_field_show_error (field, message);
  else
    ond_form_field_clear (field);
}

/**
 * ond_budget_form_show_refusal:
 * @widgets: the children of the form
 * @error: why the store refused
 * @fields: (array length=n_fields): the form's fields with the code that names each
 * @n_fields: their number
 *
 * Shows the store's message below the field its %OND_BUDGET_ERROR code names; any other
 * error (a database error, a read-only file, something that does not exist any more) goes
 * above the form.
 */
void
ond_budget_form_show_refusal (OndBudgetFormWidgets     *widgets,
                              const GError             *error,
                              const OndBudgetFormField *fields,
                              guint                     n_fields)
{
  g_return_if_fail (error != NULL);

  if (error->domain == OND_BUDGET_ERROR)
    for (guint i = 0; i < n_fields; i++)
      if ((int) fields[i].code == error->code && fields[i].field != NULL &&
          fields[i].field->field != NULL)
        {
          ond_form_field_show_error (fields[i].field, error->message);
          return;
        }
  ond_budget_form_show_general_error (widgets, error->message);
}

gboolean
ond_budget_form_parse_money (OndFormField *field,
                             gboolean      empty_is_zero,
                             gint64       *cents)
{
  g_autoptr(GError) error = NULL;
  const char *text = ond_budget_form_get_text (field);

  if (ond_text_is_blank (text))
    {
      if (empty_is_zero)
        {
          *cents = 0;
          return TRUE;
        }
      ond_form_field_show_error (field, _("Enter an amount, e.g. 1.500 or 1.234,56"));
      return FALSE;
    }

  if (!ond_money_parse (text, cents, &error))
    {
      ond_form_field_show_error (field, error->message);
      return FALSE;
    }
  return TRUE;
}
