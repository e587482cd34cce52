/* ond-partner-row.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndPartnerRow: one partner in a list: name, short name, contact role, and whether it sits
 * on the regiegroep. */

#pragma once

#include <adwaita.h>

#include "ond-partner.h"

G_BEGIN_DECLS

#define OND_TYPE_PARTNER_ROW (ond_partner_row_get_type ())
G_DECLARE_FINAL_TYPE (OndPartnerRow, ond_partner_row, OND, PARTNER_ROW, AdwActionRow)

GtkWidget  *ond_partner_row_new         (OndPartner    *partner) G_GNUC_WARN_UNUSED_RESULT;
OndPartner *ond_partner_row_get_partner (OndPartnerRow *self);

G_END_DECLS
