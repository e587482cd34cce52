/* ond-store-partner-conflict.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits of a partner under concurrency (optimistic locking, ond-store-migration-10.c): an
 * edit is saved only while the row still has the version read when the edit was opened
 * (ond_store_save_partner_edit, ond-store-partners.h); when someone else changed it since,
 * the save is refused (OND_STORE_ERROR_CONFLICT), the partner is read again, and each field
 * that differs between the version the user opened and the current row is listed as an
 * OndCaseChange (ond-store-case-conflict.h), for the conflict dialog all edits share.
 */

#pragma once

#include "ond-store-case-conflict.h"
#include "ond-store-partners.h"

G_BEGIN_DECLS

/* The partner @partner_id as it is now; OND_STORE_ERROR_NOT_FOUND when it is gone.
 * Transfer full. */
OndPartner *ond_store_get_partner          (OndStore                *self,
                                            gint64                   partner_id,
                                            GError                 **error)
                                            G_GNUC_WARN_UNUSED_RESULT;

/* The fields of the partner's form (name, short name, kind, member of the regiegroep,
 * contact role), then whether it is retired, where @current differs from @opened, with the
 * user's values @mine. A GPtrArray of OndCaseChange; empty when only the row version moved
 * on. Transfer full. */
GPtrArray  *ond_store_compare_partner_edit (OndStore                *self,
                                            OndPartner              *opened,
                                            const OndPartnerFields  *mine,
                                            OndPartner              *current,
                                            GError                 **error)
                                            G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
