/* ond-register-editor-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of OndRegisterEditor share: ond-register-editor.c is the window and the
 * saving, ond-register-editor-fields.c makes the rows of the register's fields and fills them
 * from a record, ond-register-editor-read.c reads them back into a new record, and
 * ond-register-editor-conflict.c asks what to do when someone else changed the record. */

#pragma once

#include "ond-form-field.h"
#include "ond-register-editor.h"

G_BEGIN_DECLS

/* The fields that can be wrong, by OndRegisterError code. */
#define OND_REGISTER_N_FIELDS (OND_REGISTER_ERROR_CASE + 1)

struct _OndRegisterEditor
{
  AdwWindow            parent_instance;

  AdwWindowTitle      *window_title;
  GtkButton           *cancel_button;
  GtkButton           *save_button;
  AdwPreferencesGroup *general_error_group;
  GtkLabel            *general_error_label;
  AdwPreferencesGroup *group;

  /* The rows of the fields; only those of the register at hand exist. */
  AdwEntryRow         *date_row;
  AdwComboRow         *kind_row;
  AdwComboRow         *domain_row;
  AdwEntryRow         *legal_basis_row;
  AdwEntryRow         *branch_row;
  GtkSwitch           *maatwerk_switch;
  AdwComboRow         *theme_row;
  AdwComboRow         *plan_item_row;
  AdwComboRow         *area_row;
  GtkSpinButton       *businesses_spin;
  GtkSpinButton       *signals_spin;
  AdwExpanderRow      *partners_row;
  AdwEntryRow         *case_row;
  AdwEntryRow         *note_row;

  OndFormField         fields[OND_REGISTER_N_FIELDS];
  /* What the choices stand for. */
  GPtrArray           *kinds;
  GPtrArray           *domains;
  GArray              *area_ids;
  GArray              *theme_ids;
  GArray              *plan_item_ids;
  GPtrArray           *partner_checks;
  GArray              *partner_ids;

  OndRegisterKind      kind;
  OndStore            *store;
  OndPlan             *plan;
  GObject             *record;
  /* A record that exists: the record as the form last read it, with its row version; a save
   * is checked against it (ond-register-editor-conflict.c). NULL for a new one. */
  GObject             *baseline;
  /* The flags of the save someone else's change refused, for saving over it. */
  OndRegisterFlags     conflict_flags;
};

/* Shows @message below the field of @code, or above the form when it has no such field. */
void     _ond_register_editor_show_field_error (OndRegisterEditor  *self,
                                                guint               code,
                                                const char         *message);
/* Makes the rows of the register's fields, filled from the record (or for a new one). */
void     _ond_register_editor_build_fields     (OndRegisterEditor  *self);
/* Fills the fields in from @record (NULL: a new record's defaults). */
void     _ond_register_editor_fill_fields      (OndRegisterEditor  *self,
                                                GObject            *record);
/* A new record from the form, with the id and row version of the baseline (0 for a new
 * one), or NULL with @error set (OND_REGISTER_ERROR naming the field); in
 * ond-register-editor-read.c. */
GObject *_ond_register_editor_read_form        (OndRegisterEditor  *self,
                                                GError            **error);
/* Removes the messages of the form. */
void     _ond_register_editor_clear_errors     (OndRegisterEditor  *self);
/* Reads the form and saves it with @flags; closes the window once the store accepted it. */
void     _ond_register_editor_save             (OndRegisterEditor  *self,
                                                OndRegisterFlags    flags);
/* The save of @mine (the form read) with @flags was refused because someone else changed
 * the record: reads it again and asks the user (ond-register-editor-conflict.c). */
void     _ond_register_editor_show_conflict    (OndRegisterEditor  *self,
                                                GObject            *mine,
                                                OndRegisterFlags    flags);

G_END_DECLS
