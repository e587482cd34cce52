/* ond-store-partners-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files that edit the partners and the menukaart share (ond-store-partners.c,
 * ond-store-partners-order.c, ond-store-menukaart.c, ond-store-partners-shared.c). */

#pragma once

#include "ond-store-partners.h"
#include "ond-store-private.h"

G_BEGIN_DECLS

/* @text trimmed ("" for NULL). Transfer full. */
char     *_ond_store_partners_trim        (const char   *text) G_GNUC_WARN_UNUSED_RESULT;
/* Sets a refusal of OND_PLAN_ERROR; returns FALSE. */
gboolean  _ond_store_partners_fail        (GError      **error,
                                           OndPlanError  code,
                                           const char   *message);
/* Looks for a row of @sql (whose rows are: id, text) other than @except_id whose text is
 * @text apart from case and accents. Returns FALSE with @error set on a database error;
 * else TRUE, with *@same (transfer full) that row's text, or NULL when there is none. */
gboolean  _ond_store_partners_find_same   (OndStore     *self,
                                           const char   *sql,
                                           gint64        except_id,
                                           const char   *text,
                                           char        **same,
                                           GError      **error);
/* Runs @sql with @id bound to its one parameter. */
gboolean  _ond_store_partners_execute_for_id (OndStore   *self,
                                           const char   *sql,
                                           gint64        id,
                                           GError      **error);
/* Runs the DELETE @sql for @id. The store checks what refers to a row before it deletes it;
 * should the schema's foreign keys still refuse (a reference the checks do not know), the
 * refusal becomes OND_PLAN_ERROR_IN_USE with @in_use_message. */
gboolean  _ond_store_partners_delete_row  (OndStore     *self,
                                           const char   *sql,
                                           gint64        id,
                                           const char   *in_use_message,
                                           GError      **error);
/* Whether a row with @id exists: @sql selects something from the table where id = ?. */
gboolean  _ond_store_partners_row_exists  (OndStore     *self,
                                           const char   *sql,
                                           gint64        id,
                                           gboolean     *exists,
                                           GError      **error);
/* Refuses to put a row back under an id that is not one or that is taken
 * (OND_STORE_ERROR_INVALID with @taken_message). @sql as for _row_exists. */
gboolean  _ond_store_partners_check_free_id (OndStore   *self,
                                           const char   *sql,
                                           gint64        id,
                                           const char   *taken_message,
                                           GError      **error);
/* Ends the transaction of a change: commits when @ok, else rolls back. */
gboolean  _ond_store_partners_finish      (OndStore     *self,
                                           gboolean      ok,
                                           GError      **error);

G_END_DECLS
