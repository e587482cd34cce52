/* ond-access-entry.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndAccessEntry: one row of the access log: when, who, which case, what was done. It never
 * holds personal data.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OND_TYPE_ACCESS_ENTRY (ond_access_entry_get_type ())
G_DECLARE_FINAL_TYPE (OndAccessEntry, ond_access_entry, OND, ACCESS_ENTRY, GObject)

OndAccessEntry *ond_access_entry_new                (gint64      id,
                                                     const char *at,
                                                     const char *who,
                                                     const char *case_reference,
                                                     const char *what)
                                                     G_GNUC_WARN_UNUSED_RESULT;
gint64          ond_access_entry_get_id             (OndAccessEntry *self);
const char     *ond_access_entry_get_at             (OndAccessEntry *self);
const char     *ond_access_entry_get_who            (OndAccessEntry *self);
const char     *ond_access_entry_get_case_reference (OndAccessEntry *self);
const char     *ond_access_entry_get_what           (OndAccessEntry *self);

G_END_DECLS
