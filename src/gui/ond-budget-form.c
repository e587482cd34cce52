/* ond-budget-form.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The fields of the budget's forms (see ond-budget-form.h). */

#define G_LOG_DOMAIN "ond-budget-form"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-budget-form.h"
#include "ond-money.h"
#include "ond-text.h"

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
