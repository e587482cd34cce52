/* ond-register-editor.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndRegisterEditor: the form of one record of a register of "Controles & maatregelen",
 * to add one or to change one. The fields depend on the register:
 * - a control: date, kind, area, businesses visited, signals found, partners present, note;
 * - a measure: date, kind, domain, legal basis, area, the case it belongs to (by reference);
 * - a stop talk: date, branch, whether it led to a tailored solution, area;
 * - an activity: date, kind, theme, the planning row it fulfils, area, note.
 * The store judges the form; its message appears below the field it names. A date outside
 * the plan period is saved only after the user confirms it. Nothing is written until the
 * store accepts the form; the window then emits "saved" and closes. */

#pragma once

#include <adwaita.h>

#include "ond-plan.h"
#include "ond-register-record.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_REGISTER_EDITOR (ond_register_editor_get_type ())
G_DECLARE_FINAL_TYPE (OndRegisterEditor, ond_register_editor, OND, REGISTER_EDITOR, AdwWindow)

OndRegisterEditor *ond_register_editor_new        (GtkWindow         *parent,
                                                   OndStore          *store,
                                                   OndPlan           *plan,
                                                   OndRegisterKind    kind,
                                                   GObject           *record)
                                                   G_GNUC_WARN_UNUSED_RESULT;
OndRegisterKind    ond_register_editor_get_kind   (OndRegisterEditor *self);
/* The record changed, or NULL for a new one. */
GObject           *ond_register_editor_get_record (OndRegisterEditor *self);

G_END_DECLS
