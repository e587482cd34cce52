/* ond-booking-mapping.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndBookingMapping: which header name of a CSV export holds which field of a booking. The
 * default is the format of ond-booking-import.h; a mapping the user sets is kept per source
 * as text ("date=Boekdatum;line=Kostenplaats;..."), in the table import_mapping
 * (ond-store-booking-import.c).
 */

#define G_LOG_DOMAIN "ond-booking-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-booking-import-private.h"
#include "ond-store.h"

/* The key of each field in the saved text, and its header in the default format (Dutch
 * data, as the financial system writes it: not translated). */
static const struct
{
  const char *key;
  const char *header;
  gboolean    required;
} fields[OND_BOOKING_N_FIELDS] = {
  [OND_BOOKING_FIELD_DATE] = { "date", "Datum", TRUE },
  [OND_BOOKING_FIELD_LINE] = { "line", "Kostenpost", TRUE },
  [OND_BOOKING_FIELD_AMOUNT] = { "amount", "Bedrag", TRUE },
  [OND_BOOKING_FIELD_KIND] = { "kind", "Soort", TRUE },
  [OND_BOOKING_FIELD_DESCRIPTION] = { "description", "Omschrijving", FALSE },
  [OND_BOOKING_FIELD_REFERENCE] = { "reference", "Referentie", FALSE },
  [OND_BOOKING_FIELD_SUPPLIER] = { "supplier", "Leverancier", FALSE },
};

/**
 * ond_booking_mapping_new_default:
 *
 * Returns: (transfer full): the mapping of the default format,
 *   Datum;Kostenpost;Bedrag;Soort;Omschrijving;Referentie;Leverancier
 */
OndBookingMapping *
ond_booking_mapping_new_default (void)
{
  OndBookingMapping *self = g_new0 (OndBookingMapping, 1);

  for (guint i = 0; i < OND_BOOKING_N_FIELDS; i++)
    self->columns[i] = g_strdup (fields[i].header);
  return self;
}

OndBookingMapping *
ond_booking_mapping_copy (const OndBookingMapping *self)
{
  OndBookingMapping *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (OndBookingMapping, 1);
  for (guint i = 0; i < OND_BOOKING_N_FIELDS; i++)
    copy->columns[i] = g_strdup (self->columns[i]);
  return copy;
}

void
ond_booking_mapping_free (OndBookingMapping *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < OND_BOOKING_N_FIELDS; i++)
    g_free (self->columns[i]);
  g_free (self);
}

/**
 * ond_booking_mapping_set_column:
 * @self: a mapping
 * @field: the field
 * @header: (nullable): the header name that holds it; %NULL or blank for none
 *
 * Sets the header of @field, trimmed. A required field without a header is reported by
 * the import as a missing column.
 */
void
ond_booking_mapping_set_column (OndBookingMapping *self,
                                OndBookingField    field,
                                const char        *header)
{
  char *trimmed = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (field < OND_BOOKING_N_FIELDS);

  if (header != NULL)
    {
      trimmed = g_strstrip (g_strdup (header));
      if (trimmed[0] == '\0')
        g_clear_pointer (&trimmed, g_free);
    }
  g_free (self->columns[field]);
  self->columns[field] = trimmed;
}

/**
 * ond_booking_field_label:
 * @field: a field
 *
 * Returns: (transfer none): the field's name as the window shows it, translated
 */
const char *
ond_booking_field_label (OndBookingField field)
{
  switch (field)
    {
    case OND_BOOKING_FIELD_DATE:
      return _("Date");
    case OND_BOOKING_FIELD_LINE:
      return _("Cost line");
    case OND_BOOKING_FIELD_AMOUNT:
      return _("Amount");
    case OND_BOOKING_FIELD_KIND:
      return _("Kind");
    case OND_BOOKING_FIELD_DESCRIPTION:
      return _("Description");
    case OND_BOOKING_FIELD_REFERENCE:
      return _("Reference");
    case OND_BOOKING_FIELD_SUPPLIER:
      return _("Supplier");
    case OND_BOOKING_N_FIELDS:
    default:
      g_return_val_if_reached ("");
    }
}

/* Date, cost line, amount and kind: without them a row is no booking. */
gboolean
ond_booking_field_is_required (OndBookingField field)
{
  g_return_val_if_fail (field < OND_BOOKING_N_FIELDS, FALSE);

  return fields[field].required;
}

/* '%', ';' and '=' are written as %25, %3B and %3D: header names may hold them. */
static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '%' || *p == ';' || *p == '=')
        g_string_append_printf (out, "%%%02X", (guint) (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
}

/**
 * ond_booking_mapping_to_string:
 * @self: a mapping
 *
 * Writes @self as "key=Header;..." in the order of the fields, leaving out fields without
 * a header. ond_booking_mapping_from_string() reads it back.
 *
 * Returns: (transfer full): the text
 */
char *
ond_booking_mapping_to_string (const OndBookingMapping *self)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (NULL);
  for (guint i = 0; i < OND_BOOKING_N_FIELDS; i++)
    {
      if (self->columns[i] == NULL)
        continue;
      if (out->len > 0)
        g_string_append_c (out, ';');
      g_string_append (out, fields[i].key);
      g_string_append_c (out, '=');
      append_escaped (out, self->columns[i]);
    }
  return g_string_free (out, FALSE);
}

static gboolean
damaged (GError     **error,
         const char  *reason)
{
  /* Translators: %s says what is wrong with the saved text. */
  g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
               _("The saved column mapping is damaged: %s"), reason);
  return FALSE;
}

/* Reads one "key=Header" part into @self. */
static gboolean
read_part (OndBookingMapping  *self,
           const char         *part,
           gboolean            seen[OND_BOOKING_N_FIELDS],
           GError            **error)
{
  const char *equals = strchr (part, '=');
  g_autofree char *key = NULL;
  g_autofree char *header = NULL;
  guint field;

  if (equals == NULL)
    return damaged (error, _("a part has no “=”"));
  key = g_strndup (part, equals - part);
  for (field = 0; field < OND_BOOKING_N_FIELDS; field++)
    {
      if (strcmp (key, fields[field].key) == 0)
        break;
    }
  if (field == OND_BOOKING_N_FIELDS)
    return damaged (error, _("it names an unknown field"));
  if (seen[field])
    return damaged (error, _("it names a field twice"));
  seen[field] = TRUE;

  header = g_uri_unescape_string (equals + 1, NULL);
  if (header == NULL || !g_utf8_validate (header, -1, NULL))
    return damaged (error, _("a column name is not readable"));
  g_strstrip (header);
  if (header[0] == '\0')
    return damaged (error, _("a column name is empty"));
  self->columns[field] = g_steal_pointer (&header);
  return TRUE;
}

/**
 * ond_booking_mapping_from_string:
 * @text: a mapping as ond_booking_mapping_to_string() writes it
 * @error: return location for an error (%OND_STORE_ERROR_INVALID)
 *
 * Reads a saved mapping. Fields that @text leaves out have no column. Fails on a part
 * without "=", an unknown or repeated field, an unreadable or empty column name, or a
 * required field without a column.
 *
 * Returns: (transfer full): the mapping, or %NULL with @error set
 */
OndBookingMapping *
ond_booking_mapping_from_string (const char  *text,
                                 GError     **error)
{
  g_autoptr(OndBookingMapping) self = NULL;
  g_auto(GStrv) parts = NULL;
  gboolean seen[OND_BOOKING_N_FIELDS] = { FALSE, };

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (OndBookingMapping, 1);
  if (!g_utf8_validate (text, -1, NULL))
    {
      damaged (error, _("it is not text"));
      return NULL;
    }
  parts = g_strsplit (text, ";", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (!read_part (self, parts[i], seen, error))
        return NULL;
    }
  for (guint i = 0; i < OND_BOOKING_N_FIELDS; i++)
    {
      if (fields[i].required && self->columns[i] == NULL)
        {
          damaged (error, _("a required field has no column"));
          return NULL;
        }
    }
  return g_steal_pointer (&self);
}

/* The default header name of @field (Dutch data). For the import's messages. */
const char *
_ond_booking_field_default_header (OndBookingField field)
{
  g_return_val_if_fail (field < OND_BOOKING_N_FIELDS, NULL);

  return fields[field].header;
}
