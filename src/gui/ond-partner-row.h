/* ond-partner-row.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndPartnerRow: one partner in a list: name, short name, contact role, whether it sits on
 * the regiegroep and whether it is retired; and, where the list can be changed, a menu with
 * what can be done to it (the actions partners.edit, .move-up, .move-down, .retire,
 * .bring-back and .delete with the partner's id, which a widget around the row installs). */

#pragma once

#include <adwaita.h>

#include "ond-partner.h"

G_BEGIN_DECLS

#define OND_TYPE_PARTNER_ROW (ond_partner_row_get_type ())
G_DECLARE_FINAL_TYPE (OndPartnerRow, ond_partner_row, OND, PARTNER_ROW, AdwActionRow)

/* Where the row stands among the partners of its kind, for its menu (no Move Up for the
 * first); OND_PARTNER_ROW_READ_ONLY gives a row without a menu. */
typedef enum
{
  OND_PARTNER_ROW_FIRST     = 1 << 0,
  OND_PARTNER_ROW_LAST      = 1 << 1,
  OND_PARTNER_ROW_READ_ONLY = 1 << 2,
} OndPartnerRowFlags;

GtkWidget  *ond_partner_row_new         (OndPartner         *partner,
                                         OndPartnerRowFlags  flags) G_GNUC_WARN_UNUSED_RESULT;
OndPartner *ond_partner_row_get_partner (OndPartnerRow      *self);

G_END_DECLS
