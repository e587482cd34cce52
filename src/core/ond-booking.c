/* ond-booking.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One booking of the Begroting: a realisatie or a verplichting on a budget line, with the
 * name of the line and the label of its kind for the list's columns. Immutable: every
 * property is read-only and set by ond_booking_new (); a missing text is "". Only the
 * search text is made later, on first use.
 */

#define G_LOG_DOMAIN "ond-booking"

#include "config.h"

#include <string.h>

#include "ond-booking.h"
#include "ond-date.h"
#include "ond-money.h"
#include "ond-text.h"

enum
{
  PROP_0,
  PROP_ID,
  PROP_YEAR,
  PROP_LINE_ID,
  PROP_AMOUNT,
  PROP_BATCH_ID,
  /* Text properties from here on. */
  PROP_DATE,
  PROP_LINE_NAME,
  PROP_KIND,
  PROP_KIND_LABEL,
  PROP_DESCRIPTION,
  PROP_REFERENCE,
  PROP_SUPPLIER,
  PROP_SEARCH_TEXT,
  N_PROPS,
};

#define FIRST_TEXT_PROP PROP_DATE

struct _OndBooking
{
  GObject parent_instance;

  gint64  id;
  int     year;
  gint64  line_id;
  gint64  amount;
  gint64  batch_id;
  gint64  row_version;
  char   *text[N_PROPS];
};

G_DEFINE_FINAL_TYPE (OndBooking, ond_booking, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static const struct
{
  guint       prop_id;
  const char *name;
} text_props[] = {
  { PROP_DATE, "date" },
  { PROP_LINE_NAME, "line-name" },
  { PROP_KIND, "kind" },
  { PROP_KIND_LABEL, "kind-label" },
  { PROP_DESCRIPTION, "description" },
  { PROP_REFERENCE, "reference" },
  { PROP_SUPPLIER, "supplier" },
  { PROP_SEARCH_TEXT, "search-text" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (text_props) == N_PROPS - FIRST_TEXT_PROP);

static void
set_text (OndBooking *self,
          guint       prop_id,
          const char *text)
{
  g_assert (prop_id >= FIRST_TEXT_PROP && prop_id < N_PROPS);

  g_free (self->text[prop_id]);
  self->text[prop_id] = g_strdup (text != NULL ? text : "");
}

/* The year of an ISO date "YYYY-MM-DD"; 0 when @date does not start with four digits. */
static int
year_of (const char *date)
{
  for (guint i = 0; i < 4; i++)
    if (!g_ascii_isdigit (date[i]))
      return 0;
  return (int) g_ascii_strtoll (date, NULL, 10);
}

/* The folded text a search entry matches: the date as shown and as stored, then every
 * text column of the list, the amount as the list shows it. */
static char *
make_search_text (OndBooking *self)
{
  g_autofree char *shown = ond_date_format (self->text[PROP_DATE]);
  g_autofree char *amount = ond_money_format (self->amount);
  g_autofree char *joined = g_strjoin (" ", shown, self->text[PROP_DATE],
                                       self->text[PROP_LINE_NAME],
                                       amount,
                                       self->text[PROP_KIND_LABEL],
                                       self->text[PROP_DESCRIPTION],
                                       self->text[PROP_REFERENCE],
                                       self->text[PROP_SUPPLIER], NULL);

  return ond_text_fold (joined);
}

static void
ond_booking_finalize (GObject *object)
{
  OndBooking *self = OND_BOOKING (object);

  for (guint i = 0; i < N_PROPS; i++)
    g_clear_pointer (&self->text[i], g_free);

  G_OBJECT_CLASS (ond_booking_parent_class)->finalize (object);
}

static void
ond_booking_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OndBooking *self = OND_BOOKING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_LINE_ID:
      g_value_set_int64 (value, self->line_id);
      break;

    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;

    case PROP_BATCH_ID:
      g_value_set_int64 (value, self->batch_id);
      break;

    case PROP_SEARCH_TEXT:
      g_value_set_string (value, ond_booking_get_search_text (self));
      break;

    default:
      if (prop_id >= FIRST_TEXT_PROP && prop_id < N_PROPS)
        g_value_set_string (value, self->text[prop_id]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
int64_param (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL,
                             G_MININT64, G_MAXINT64, 0,
                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
ond_booking_class_init (OndBookingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_booking_finalize;
  object_class->get_property = ond_booking_get_property;

  /* The row id (0 when not stored yet), the budget line (0 for none), the amount in cents
   * (a credit note is negative) and the import batch (0 when entered by hand). */
  properties[PROP_ID] = int64_param ("id");
  properties[PROP_LINE_ID] = int64_param ("line-id");
  properties[PROP_AMOUNT] = int64_param ("amount");
  properties[PROP_BATCH_ID] = int64_param ("batch-id");

  /* The year of the date, for sorting and filtering. */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /* The date (ISO), the line's name, the kind's code and label, the description, reference,
   * supplier and the folded search text (see ond-booking.h); never NULL. */
  for (guint i = 0; i < G_N_ELEMENTS (text_props); i++)
    properties[text_props[i].prop_id] =
      g_param_spec_string (text_props[i].name, NULL, NULL,
                           "",
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_booking_init (OndBooking *self)
{
}

/**
 * ond_booking_new:
 * @id: the row id, 0 for a booking not stored yet
 * @date: the date, ISO "YYYY-MM-DD"
 * @line_id: the budget line, 0 for none
 * @line_name: (nullable): the name of that line
 * @amount: the amount in cents (a credit note is negative)
 * @kind: "realisatie" or "verplichting"
 * @kind_label: (nullable): the label of @kind
 * @description: (nullable): what was bought
 * @reference: (nullable): the invoice or order number
 * @supplier: (nullable): who delivered
 * @batch_id: the import it came from, 0 when entered by hand
 *
 * Makes the model object of one booking. Nothing is checked here: the store checks a
 * booking when it saves it.
 *
 * Returns: (transfer full): a new #OndBooking
 */
OndBooking *
ond_booking_new (gint64      id,
                 const char *date,
                 gint64      line_id,
                 const char *line_name,
                 gint64      amount,
                 const char *kind,
                 const char *kind_label,
                 const char *description,
                 const char *reference,
                 const char *supplier,
                 gint64      batch_id)
{
  OndBooking *self = g_object_new (OND_TYPE_BOOKING, NULL);

  self->id = id;
  self->line_id = line_id;
  self->amount = amount;
  self->batch_id = batch_id;
  set_text (self, PROP_DATE, date);
  self->year = year_of (self->text[PROP_DATE]);
  set_text (self, PROP_LINE_NAME, line_name);
  set_text (self, PROP_KIND, kind);
  set_text (self, PROP_KIND_LABEL, kind_label);
  set_text (self, PROP_DESCRIPTION, description);
  set_text (self, PROP_REFERENCE, reference);
  set_text (self, PROP_SUPPLIER, supplier);
  return self;
}

gint64
ond_booking_get_id (OndBooking *self)
{
  g_return_val_if_fail (OND_IS_BOOKING (self), 0);
  return self->id;
}

const char *
ond_booking_get_date (OndBooking *self)
{
  g_return_val_if_fail (OND_IS_BOOKING (self), NULL);
  return self->text[PROP_DATE];
}

int
ond_booking_get_year (OndBooking *self)
{
  g_return_val_if_fail (OND_IS_BOOKING (self), 0);
  return self->year;
}

gint64
ond_booking_get_line_id (OndBooking *self)
{
  g_return_val_if_fail (OND_IS_BOOKING (self), 0);
  return self->line_id;
}

const char *
ond_booking_get_line_name (OndBooking *self)
{
  g_return_val_if_fail (OND_IS_BOOKING (self), NULL);
  return self->text[PROP_LINE_NAME];
}

gint64
ond_booking_get_amount (OndBooking *self)
{
  g_return_val_if_fail (OND_IS_BOOKING (self), 0);
  return self->amount;
}

const char *
ond_booking_get_kind (OndBooking *self)
{
  g_return_val_if_fail (OND_IS_BOOKING (self), NULL);
  return self->text[PROP_KIND];
}

const char *
ond_booking_get_kind_label (OndBooking *self)
{
  g_return_val_if_fail (OND_IS_BOOKING (self), NULL);
  return self->text[PROP_KIND_LABEL];
}

/**
 * ond_booking_is_commitment:
 * @self: an #OndBooking
 *
 * Returns: whether the booking is a verplichting (a commitment)
 */
gboolean
ond_booking_is_commitment (OndBooking *self)
{
  g_return_val_if_fail (OND_IS_BOOKING (self), FALSE);
  return strcmp (self->text[PROP_KIND], "verplichting") == 0;
}

const char *
ond_booking_get_description (OndBooking *self)
{
  g_return_val_if_fail (OND_IS_BOOKING (self), NULL);
  return self->text[PROP_DESCRIPTION];
}

const char *
ond_booking_get_reference (OndBooking *self)
{
  g_return_val_if_fail (OND_IS_BOOKING (self), NULL);
  return self->text[PROP_REFERENCE];
}

const char *
ond_booking_get_supplier (OndBooking *self)
{
  g_return_val_if_fail (OND_IS_BOOKING (self), NULL);
  return self->text[PROP_SUPPLIER];
}

gint64
ond_booking_get_batch_id (OndBooking *self)
{
  g_return_val_if_fail (OND_IS_BOOKING (self), 0);
  return self->batch_id;
}

/**
 * ond_booking_get_search_text:
 * @self: an #OndBooking
 *
 * The folded text a search entry matches. Made on first use (a list of 100,000 bookings
 * that nobody searches, or a reconciliation, never needs it), once, also when threads ask
 * at the same time.
 *
 * Returns: the search text
 */
const char *
ond_booking_get_search_text (OndBooking *self)
{
  g_return_val_if_fail (OND_IS_BOOKING (self), NULL);

  if (g_once_init_enter (&self->text[PROP_SEARCH_TEXT]))
    g_once_init_leave (&self->text[PROP_SEARCH_TEXT], make_search_text (self));
  return self->text[PROP_SEARCH_TEXT];
}

/**
 * ond_booking_get_row_version:
 * @self: a #OndBooking
 *
 * Returns: the row version the record was read with; 0 when not checked
 */
gint64
ond_booking_get_row_version (OndBooking *self)
{
  g_return_val_if_fail (OND_IS_BOOKING (self), 0);

  return self->row_version;
}

/**
 * ond_booking_set_row_version:
 * @self: a #OndBooking
 * @row_version: the row version of the record the edit was opened with; 0 = not checked
 *
 * Sets the version a save of a change is checked against (ond-store-migration-12.c).
 */
void
ond_booking_set_row_version (OndBooking *self,
                             gint64     row_version)
{
  g_return_if_fail (OND_IS_BOOKING (self));

  self->row_version = row_version;
}
