/* ond-form-field.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The fields of the forms: a row and, right below it, the row of its message. The message
 * row is an AdwPreferencesRow holding a label in the error style; it is neither activatable
 * nor focusable, so the keyboard passes from field to field. And the header bar and the save
 * of a record's form (see ond-form-field.h). */

#define G_LOG_DOMAIN "ond-form-field"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-form-field.h"

/**
 * ond_form_field_add:
 * @group: the group of the form
 * @row: the row of the field
 * @field: (out caller-allocates) (nullable): the field, for its messages
 *
 * Adds @row to @group; with @field, a hidden message row follows it.
 */
void
ond_form_field_add (AdwPreferencesGroup *group,
                    GtkWidget           *row,
                    OndFormField        *field)
{
  GtkWidget *message_row;
  GtkWidget *message;

  g_return_if_fail (ADW_IS_PREFERENCES_GROUP (group));
  g_return_if_fail (GTK_IS_WIDGET (row));

  adw_preferences_group_add (group, row);
  if (field == NULL)
    return;

  message = g_object_new (GTK_TYPE_LABEL,
                          "wrap", TRUE,
                          "xalign", 0.0f,
                          "margin-top", 6,
                          "margin-bottom", 6,
                          "margin-start", 12,
                          "margin-end", 12,
                          "use-markup", FALSE,
                          NULL);
  gtk_widget_add_css_class (message, "error");
  message_row = g_object_new (ADW_TYPE_PREFERENCES_ROW,
                              "visible", FALSE,
                              "activatable", FALSE,
                              "selectable", FALSE,
                              "focusable", FALSE,
                              "child", message,
                              NULL);
  adw_preferences_group_add (group, message_row);
  *field = (OndFormField) { row, message_row, GTK_LABEL (message) };
}

/**
 * ond_form_field_show_message:
 * @field: a field made by ond_form_field_add ()
 * @message: what is wrong
 *
 * Marks the field and shows @message right below it, leaving the keyboard where it is: a
 * form that saves each change by itself may be refused because of one field while the user
 * goes on typing in another.
 */
void
ond_form_field_show_message (OndFormField *field,
                             const char   *message)
{
  g_return_if_fail (field != NULL && field->field != NULL);

  gtk_widget_add_css_class (field->field, "error");
  gtk_label_set_label (field->message, message);
  gtk_widget_set_visible (field->message_row, TRUE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (field->field),
                               GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                               -1);
  if (ADW_IS_EXPANDER_ROW (field->field))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (field->field), TRUE);
}

/**
 * ond_form_field_focus_end:
 * @row: a row of a form: an entry row, or any other widget
 *
 * Moves the keyboard to @row; in an entry row the cursor goes after the text with nothing
 * selected. GTK selects the whole text of an entry that gets the focus, and in a form that
 * saves each change by itself one key pressed would then replace it, saved.
 */
void
ond_form_field_focus_end (GtkWidget *row)
{
  g_return_if_fail (GTK_IS_WIDGET (row));

  gtk_widget_grab_focus (row);
  if (GTK_IS_EDITABLE (row))
    gtk_editable_select_region (GTK_EDITABLE (row), -1, -1);
}

/**
 * ond_form_field_show_error:
 * @field: a field made by ond_form_field_add ()
 * @message: what is wrong
 *
 * As ond_form_field_show_message (), and the keyboard moves to the field.
 */
void
ond_form_field_show_error (OndFormField *field,
                           const char   *message)
{
  g_return_if_fail (field != NULL && field->field != NULL);

  ond_form_field_show_message (field, message);
  gtk_widget_grab_focus (field->field);
}

/**
 * ond_form_field_clear:
 * @field: a field made by ond_form_field_add (), or one never made (then nothing happens)
 *
 * Takes the mark and the message of the field away.
 */
void
ond_form_field_clear (OndFormField *field)
{
  g_return_if_fail (field != NULL);

  if (field->field == NULL)
    return;
  gtk_widget_remove_css_class (field->field, "error");
  gtk_widget_set_visible (field->message_row, FALSE);
  gtk_label_set_label (field->message, "");
  gtk_accessible_reset_state (GTK_ACCESSIBLE (field->field), GTK_ACCESSIBLE_STATE_INVALID);
}

/**
 * ond_form_field_add_entry:
 * @group: the group of the form
 * @field: (out caller-allocates) (nullable): the field, for its messages
 * @title: the title of the row
 * @text: (nullable): the text it holds at first
 * @activates_default: whether Enter in it activates the window's default widget
 *
 * Returns: (transfer none): the row added
 */
AdwEntryRow *
ond_form_field_add_entry (AdwPreferencesGroup *group,
                          OndFormField        *field,
                          const char          *title,
                          const char          *text,
                          gboolean             activates_default)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), activates_default);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  ond_form_field_add (group, row, field);
  return ADW_ENTRY_ROW (row);
}

/**
 * ond_form_field_add_combo:
 * @group: the group of the form
 * @field: (out caller-allocates) (nullable): the field, for its messages
 * @title: the title of the row
 * @choices: the labels to choose from
 * @selected: the position chosen at first; GTK_INVALID_LIST_POSITION for the first
 *
 * Returns: (transfer none): the row added
 */
AdwComboRow *
ond_form_field_add_combo (AdwPreferencesGroup *group,
                          OndFormField        *field,
                          const char          *title,
                          GtkStringList       *choices,
                          guint                selected)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row),
                              selected != GTK_INVALID_LIST_POSITION ? selected : 0);
  ond_form_field_add (group, row, field);
  return ADW_COMBO_ROW (row);
}

/**
 * ond_form_set_button_label:
 * @button: a button
 * @label: its label, with a mnemonic
 *
 * Sets the label of a button with a mnemonic, and its accessible name without the
 * underscore: GTK 4.8 would name it "_Save Save" (its label, then the label widget that
 * labels it), so that relation goes.
 */
void
ond_form_set_button_label (GtkButton  *button,
                           const char *label)
{
  g_autoptr(GString) name = g_string_new (label);

  g_return_if_fail (GTK_IS_BUTTON (button));

  g_string_replace (name, "_", "", 0);
  gtk_button_set_label (button, label);
  gtk_button_set_use_underline (button, TRUE);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name->str,
                                  -1);
}

/**
 * ond_form_set_up_header:
 * @window: the form
 * @header_bar: its header bar
 * @window_title: the title widget of @header_bar
 * @cancel_button: the Cancel button of a new record's form
 * @add_button: the Add button of a new record's form, the window's default widget
 * @title: the title of the form
 * @saves_at_once: whether the form is of a record that exists, each change saved by itself
 *
 * Sets up the header bar of the form of a record: Cancel and Add for a new record; for a
 * record that exists the window's close button, and a subtitle that says a change needs no
 * Save.
 */
void
ond_form_set_up_header (GtkWindow      *window,
                        AdwHeaderBar   *header_bar,
                        AdwWindowTitle *window_title,
                        GtkButton      *cancel_button,
                        GtkButton      *add_button,
                        const char     *title,
                        gboolean        saves_at_once)
{
  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (ADW_IS_HEADER_BAR (header_bar));
  g_return_if_fail (ADW_IS_WINDOW_TITLE (window_title));
  g_return_if_fail (GTK_IS_BUTTON (cancel_button) && GTK_IS_BUTTON (add_button));

  adw_window_title_set_title (window_title, title);
  gtk_window_set_title (window, title);
  if (!saves_at_once)
    {
      ond_form_set_button_label (cancel_button, _("_Cancel"));
      ond_form_set_button_label (add_button, _("_Add"));
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (cancel_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (add_button), FALSE);
  gtk_window_set_default_widget (window, NULL);
  adw_header_bar_set_show_end_title_buttons (header_bar, TRUE);
  adw_window_title_set_subtitle (window_title, _("Changes are saved at once"));
}

/**
 * ond_form_save:
 * @form: the form of a record, with a signal "saved" (one gint64)
 * @write: writes the form
 *
 * Writes the form; when the store took it, @form emits "saved" with the record's id.
 *
 * Returns: whether the store took it (else the form shows why)
 */
gboolean
ond_form_save (GtkWindow        *form,
               OndFormWriteFunc  write)
{
  gint64 id;

  g_return_val_if_fail (GTK_IS_WINDOW (form), FALSE);
  g_return_val_if_fail (write != NULL, FALSE);

  id = write (form);
  if (id == 0)
    return FALSE;
  g_signal_emit_by_name (form, "saved", id);
  return TRUE;
}
