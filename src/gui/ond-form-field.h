/* ond-form-field.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the forms share (the register editor, the booking editor, the editors of a record
 * of the plan): a row of an AdwPreferencesGroup that the store can refuse, with a row right
 * below it for the message that says why, hidden until there is one; entry and combo rows
 * made so; the label of a header bar button. And for the form of a record, new or existing
 * (the action, planning row and partner editors): the header bar of either kind, and the
 * save that writes the form and says so with the form's "saved" signal. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef struct
{
  GtkWidget *field;         /* the row that can be wrong; NULL while the form has no such row */
  GtkWidget *message_row;   /* right below it, hidden when there is no message */
  GtkLabel  *message;
} OndFormField;

/* Adds @row to @group, and below it the hidden message row; @field (may be NULL: then the
 * row can not be wrong and has none) receives both. */
void ond_form_field_add        (AdwPreferencesGroup *group,
                                GtkWidget           *row,
                                OndFormField        *field);
/* Marks the field as wrong (style and accessible state), shows @message below it, opens it
 * when it is an expander row and moves the keyboard to it. */
void ond_form_field_show_error (OndFormField        *field,
                                const char          *message);
/* As ond_form_field_show_error (), but the keyboard stays where it is (a form that saves
 * each change by itself). */
void ond_form_field_show_message (OndFormField       *field,
                                  const char          *message);
/* Moves the keyboard to @row, with the cursor after an entry row's text and nothing
 * selected (a key pressed must not replace a text that is saved at once). */
void ond_form_field_focus_end    (GtkWidget           *row);
/* Takes the mark and the message away. */
void ond_form_field_clear      (OndFormField        *field);

/* An AdwEntryRow titled @title holding @text (NULL: empty), added as a field (@field may be
 * NULL). Enter in it activates the window's default widget when @activates_default (a new
 * record's Add). */
AdwEntryRow *ond_form_field_add_entry (AdwPreferencesGroup *group,
                                       OndFormField        *field,
                                       const char          *title,
                                       const char          *text,
                                       gboolean             activates_default);
/* An AdwComboRow titled @title choosing from @choices, @selected chosen (for
 * GTK_INVALID_LIST_POSITION the first), added as a field (@field may be NULL). */
AdwComboRow *ond_form_field_add_combo (AdwPreferencesGroup *group,
                                       OndFormField        *field,
                                       const char          *title,
                                       GtkStringList       *choices,
                                       guint                selected);

/* Sets the label of a button with a mnemonic ("_Save"), and its accessible name without the
 * underscore. */
void ond_form_set_button_label (GtkButton           *button,
                                const char          *label);

/* The form of a record. */

/* Writes every field of the form @form to the store in one call, adding the record or
 * changing the one the form has. Returns the record's id, or 0 when the store refused (the
 * form has shown why). */
typedef gint64 (*OndFormWriteFunc) (gpointer form);

/* Titles @window and its header bar @title. The form of a new record keeps its Cancel and
 * Add buttons (labelled here: "_Cancel", "_Add"); the form of a record that exists
 * (@saves_at_once: see ond-auto-save.h) hides both and has no default widget, shows the
 * window's close button instead, and its subtitle says that changes are saved at once. */
void     ond_form_set_up_header (GtkWindow        *window,
                                 AdwHeaderBar     *header_bar,
                                 AdwWindowTitle   *window_title,
                                 GtkButton        *cancel_button,
                                 GtkButton        *add_button,
                                 const char       *title,
                                 gboolean          saves_at_once);
/* Writes @form with @write; when the store took it, emits the form's signal "saved" (one
 * gint64: the record's id). Returns whether the store took it. */
gboolean ond_form_save          (GtkWindow        *form,
                                 OndFormWriteFunc  write);

G_END_DECLS
