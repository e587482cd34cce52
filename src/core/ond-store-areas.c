/* ond-store-areas.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The areas of signals are a list the user can extend (issue 3): adding an area. */

#define G_LOG_DOMAIN "ond-store-areas"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-private.h"
#include "ond-text.h"

/* Whether an area whose folded name equals @folded exists. */
static gboolean
area_name_exists (OndStore    *self,
                  const char  *folded,
                  gboolean    *exists,
                  GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;
  gboolean ok;

  *exists = FALSE;
  stmt = _ond_store_prepare (self, "SELECT name FROM area", error);
  if (stmt == NULL)
    return FALSE;
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autofree char *other = ond_text_fold (ond_statement_get_text (stmt, 0));

      if (g_strcmp0 (other, folded) == 0)
        {
          *exists = TRUE;
          break;
        }
    }
  return ok;
}

static gint64
insert_area (OndStore    *self,
             const char  *name,
             gboolean     aandachtsgebied,
             GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *folded = NULL;
  gboolean exists;

  folded = ond_text_fold (name);
  if (!area_name_exists (self, folded, &exists, error))
    return 0;
  if (exists)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("The area “%s” already exists."), name);
      return 0;
    }

  stmt = _ond_store_prepare (self,
                             "INSERT INTO area (name, district, aandachtsgebied, position)"
                             " VALUES (?, '', ?, (SELECT coalesce(max(position), 0) + 1 FROM area))"
                             " RETURNING id",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_text (stmt, 1, name, error)
      || !ond_statement_bind_int64 (stmt, 2, aandachtsgebied ? 1 : 0, error))
    return 0;
  return ond_statement_insert (stmt, error);
}

/**
 * ond_store_add_area:
 * @self: a #OndStore
 * @name: the name of the new area (leading and trailing white space is ignored)
 * @aandachtsgebied: whether the area is a focus area
 * @error: return location for an error
 *
 * Adds an area at the end of the list. A blank name, or a name that equals an existing
 * one apart from case and accents, fails with %OND_STORE_ERROR_INVALID and nothing is
 * written.
 *
 * Returns: the id of the new area, or 0 with @error set
 */
gint64
ond_store_add_area (OndStore    *self,
                    const char  *name,
                    gboolean     aandachtsgebied,
                    GError     **error)
{
  g_autofree char *trimmed = NULL;
  gint64 id;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));
  if (*trimmed == '\0')
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("An area needs a name."));
      return 0;
    }
  if (!_ond_store_check_writable (self, error))
    return 0;
  if (!_ond_store_begin (self, error))
    return 0;
  id = insert_area (self, trimmed, aandachtsgebied, error);
  if (id == 0 || !_ond_store_commit (self, error))
    {
      _ond_store_rollback (self);
      return 0;
    }
  return id;
}
