/* ond-partner-editor.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndPartnerEditor: the form of a partner: its name, short name, kind (gemeentelijk team,
 * extern, RIEC-convenantpartner), membership of the regiegroep and contact role. A refusal
 * of the store is shown below the field it concerns (OND_PLAN_ERROR_NAME, _SHORT_NAME,
 * _KIND), and writes nothing. A new partner is written by Add, which emits "saved" and
 * closes the form. A partner that exists is saved at once, change by change (each emits
 * "saved"; the form stays open), and what waits is saved when the form closes, also when
 * it closes with the main window. */

#pragma once

#include <adwaita.h>

#include "ond-partner.h"
#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_PARTNER_EDITOR (ond_partner_editor_get_type ())
G_DECLARE_FINAL_TYPE (OndPartnerEditor, ond_partner_editor, OND, PARTNER_EDITOR, AdwWindow)

/* @partner: the partner to change, or NULL to add one. */
OndPartnerEditor *ond_partner_editor_new         (GtkWindow        *parent,
                                                  OndStore         *store,
                                                  OndPartner       *partner)
                                                  G_GNUC_WARN_UNUSED_RESULT;
OndPartner       *ond_partner_editor_get_partner (OndPartnerEditor *self);

G_END_DECLS
