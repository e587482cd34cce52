/* ond-store-booking-mapping.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The column mappings of the booking import that the user saved, by the name of the
 * financial system's export (table import_mapping; ond-booking-import.h). */

#define G_LOG_DOMAIN "ond-store-booking-import"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-booking-import-private.h"
#include "ond-store-private.h"

/**
 * ond_store_save_booking_mapping:
 * @store: a #OndStore
 * @source: the name the user gives the financial system's export ("Key2Financiën")
 * @mapping: the mapping; every required field needs a column
 * @error: return location for an error
 *
 * Saves @mapping for @source (trimmed), replacing an earlier one of the same name.
 *
 * Returns: %TRUE when saved
 */
gboolean
ond_store_save_booking_mapping (OndStore                 *store,
                                const char               *source,
                                const OndBookingMapping  *mapping,
                                GError                  **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (OND_IS_STORE (store), FALSE);
  g_return_val_if_fail (source != NULL, FALSE);
  g_return_val_if_fail (mapping != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_strstrip (g_strdup (source));
  if (name[0] == '\0')
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("A column mapping needs the name of its source"));
      return FALSE;
    }
  for (guint f = 0; f < OND_BOOKING_N_FIELDS; f++)
    {
      if (ond_booking_field_is_required (f) && mapping->columns[f] == NULL)
        {
          /* Translators: %s is a field ("Amount"). */
          g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                       _("Choose the column that holds the %s"), ond_booking_field_label (f));
          return FALSE;
        }
    }

  text = ond_booking_mapping_to_string (mapping);
  if (!_ond_store_begin (store, error))
    return FALSE;
  stmt = _ond_store_prepare (store,
                             "INSERT INTO import_mapping (source_name, mapping) VALUES (?, ?)"
                             " ON CONFLICT (source_name) DO UPDATE SET mapping = excluded.mapping",
                             error);
  if (stmt == NULL ||
      !ond_statement_bind_text (stmt, 1, name, error) ||
      !ond_statement_bind_text (stmt, 2, text, error) ||
      !ond_statement_execute (stmt, error))
    {
      _ond_store_rollback (store);
      return FALSE;
    }
  return _ond_store_commit (store, error);
}

/**
 * ond_store_load_booking_mapping:
 * @store: a #OndStore
 * @source: the name it was saved under
 * @error: return location for an error
 *
 * Returns: (transfer full): the mapping saved for @source, or %NULL with @error set
 *   (%OND_STORE_ERROR_NOT_FOUND when there is none, %OND_STORE_ERROR_INVALID when the saved
 *   text is damaged)
 */
OndBookingMapping *
ond_store_load_booking_mapping (OndStore    *store,
                                const char  *source,
                                GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *name = NULL;
  gboolean has_row;

  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_strstrip (g_strdup (source));
  stmt = _ond_store_prepare (store, "SELECT mapping FROM import_mapping WHERE source_name = ?",
                             error);
  if (stmt == NULL ||
      !ond_statement_bind_text (stmt, 1, name, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                   _("No column mapping is saved for “%s”"), name);
      return NULL;
    }
  return ond_booking_mapping_from_string (ond_statement_get_text (stmt, 0), error);
}

/**
 * ond_store_list_booking_mappings:
 * @store: a #OndStore
 * @error: return location for an error
 *
 * Returns: (transfer full): the sources with a saved mapping, sorted; %NULL with @error set
 */
GStrv
ond_store_list_booking_mappings (OndStore  *store,
                                 GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  gboolean has_row;

  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _ond_store_prepare (store,
                             "SELECT source_name FROM import_mapping ORDER BY source_name",
                             error);
  if (stmt == NULL)
    return NULL;
  for (;;)
    {
      if (!ond_statement_step (stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      g_strv_builder_add (builder, ond_statement_get_text (stmt, 0));
    }
  return g_strv_builder_end (builder);
}
