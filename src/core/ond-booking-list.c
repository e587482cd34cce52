/* ond-booking-list.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndBookingList: the bookings of a plan as an OndPagedList, like OndCaseList. It keeps the
 * search, filters and order; on every change of them the store lists the ids of the
 * matching bookings in order (one query; the count is its length), and OndPagedList reads
 * the rows a page at a time by id (ond-paged-list.c). Only the pages a view looks at are
 * ever turned into OndBooking objects. When the store may have changed, a load also counts
 * the plan's bookings and their years, for the list's count and its year filter.
 */

#define G_LOG_DOMAIN "ond-booking-list"

#include "config.h"

#include "ond-booking-list.h"
#include "ond-store-booking-list-private.h"
#include "ond-text.h"

struct _OndBookingList
{
  OndPagedList    parent_instance;

  gint64          plan_id;

  char           *search;       /* folded; NULL = all */
  char           *kind;
  int             year;
  OndBookingSort  sort;
  gboolean        descending;

  guint           n_total;      /* the plan's bookings, whatever the search and filters */
  GArray         *years;        /* int: the years they are dated in */
  /* Whether the bookings have their search text (checked before the first search after the
   * store changed: an import writes them without). */
  gboolean        search_ready;
};

enum {
  PROP_0,
  PROP_PLAN_ID,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndBookingList, ond_booking_list, OND_TYPE_PAGED_LIST)

static GParamSpec *properties[N_PROPS];

/* Counts the plan's bookings and their years (none on error). */
static gboolean
count (OndBookingList  *self,
       GError         **error)
{
  OndStore *store = ond_paged_list_get_store (OND_PAGED_LIST (self));
  GArray *years = NULL;
  gboolean ok;

  g_clear_pointer (&self->years, g_array_unref);
  self->n_total = 0;
  ok = _ond_store_count_bookings (store, self->plan_id, &self->n_total, &years, error);
  self->years = ok ? years : g_array_new (FALSE, FALSE, sizeof (int));
  return ok;
}

/* The ids of the bookings for the current search, filters and order; when the store may
 * have changed, the bookings are counted first. */
static GArray *
ond_booking_list_list_ids (OndPagedList  *list,
                           gboolean       store_changed,
                           GError       **error)
{
  OndBookingList *self = OND_BOOKING_LIST (list);
  OndStore *store = ond_paged_list_get_store (list);
  OndBookingQuery query = {
    .plan_id = self->plan_id,
    .search = self->search,
    .kind = self->kind,
    .year = self->year,
    .sort = self->sort,
    .descending = self->descending,
  };

  if (store_changed)
    {
      self->search_ready = FALSE;
      if (!count (self, error))
        return NULL;
    }
  /* Without it a booking is still found by its texts as stored (ASCII case only). */
  if (self->search != NULL && !self->search_ready)
    {
      g_autoptr(GError) fill_error = NULL;

      if (_ond_store_fill_booking_search_text (store, &fill_error))
        self->search_ready = TRUE;
      else
        g_message ("Could not store the search text of the bookings: %s", fill_error->message);
    }
  return _ond_store_list_booking_ids (store, &query, error);
}

static GPtrArray *
ond_booking_list_read_rows (OndPagedList  *list,
                            const gint64  *ids,
                            guint          n_ids,
                            GError       **error)
{
  OndBookingList *self = OND_BOOKING_LIST (list);

  return _ond_store_read_bookings (ond_paged_list_get_store (list), self->plan_id, ids, n_ids,
                                   error);
}

static void
ond_booking_list_finalize (GObject *object)
{
  OndBookingList *self = OND_BOOKING_LIST (object);

  g_clear_pointer (&self->years, g_array_unref);
  g_free (self->search);
  g_free (self->kind);

  G_OBJECT_CLASS (ond_booking_list_parent_class)->finalize (object);
}

static void
ond_booking_list_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OndBookingList *self = OND_BOOKING_LIST (object);

  switch (prop_id)
    {
    case PROP_PLAN_ID:
      g_value_set_int64 (value, self->plan_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_booking_list_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OndBookingList *self = OND_BOOKING_LIST (object);

  switch (prop_id)
    {
    case PROP_PLAN_ID:
      self->plan_id = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_booking_list_class_init (OndBookingListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OndPagedListClass *list_class = OND_PAGED_LIST_CLASS (klass);

  object_class->finalize = ond_booking_list_finalize;
  object_class->get_property = ond_booking_list_get_property;
  object_class->set_property = ond_booking_list_set_property;

  list_class->item_type = OND_TYPE_BOOKING;
  list_class->list_ids = ond_booking_list_list_ids;
  list_class->read_rows = ond_booking_list_read_rows;

  properties[PROP_PLAN_ID] =
    g_param_spec_int64 ("plan-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_booking_list_init (OndBookingList *self)
{
  self->sort = OND_BOOKING_SORT_DATE;
  self->descending = TRUE;
}

/**
 * ond_booking_list_new:
 * @store: the store to list the bookings of
 * @plan_id: the plan whose bookings are listed
 *
 * Creates the list of every booking of @plan_id (on its budget lines, or on no line),
 * newest first.
 *
 * Returns: (transfer full): a new #OndBookingList
 */
OndBookingList *
ond_booking_list_new (OndStore *store,
                      gint64    plan_id)
{
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (plan_id >= 0, NULL);

  return g_object_new (OND_TYPE_BOOKING_LIST, "store", store, "plan-id", plan_id, NULL);
}

/**
 * ond_booking_list_get_plan_id:
 * @self: a #OndBookingList
 *
 * Returns: the plan whose bookings are listed
 */
gint64
ond_booking_list_get_plan_id (OndBookingList *self)
{
  g_return_val_if_fail (OND_IS_BOOKING_LIST (self), 0);

  return self->plan_id;
}

/**
 * ond_booking_list_set_search:
 * @self: a #OndBookingList
 * @text: (nullable): the search text; %NULL or blank for all bookings
 *
 * Shows the bookings whose search text (ond_booking_get_search_text ()) holds every word of
 * @text, ignoring case and accents.
 */
void
ond_booking_list_set_search (OndBookingList *self,
                             const char     *text)
{
  g_autofree char *folded = NULL;

  g_return_if_fail (OND_IS_BOOKING_LIST (self));

  folded = ond_text_fold (text);
  ond_paged_list_update_text (OND_PAGED_LIST (self), &self->search, folded);
}

/**
 * ond_booking_list_set_kind:
 * @self: a #OndBookingList
 * @kind: (nullable): a booking_kind code, or %NULL for every kind
 */
void
ond_booking_list_set_kind (OndBookingList *self,
                           const char     *kind)
{
  g_return_if_fail (OND_IS_BOOKING_LIST (self));

  ond_paged_list_update_text (OND_PAGED_LIST (self), &self->kind, kind);
}

/**
 * ond_booking_list_set_year:
 * @self: a #OndBookingList
 * @year: the year of the bookings' dates, or 0 for every year
 */
void
ond_booking_list_set_year (OndBookingList *self,
                           int             year)
{
  g_return_if_fail (OND_IS_BOOKING_LIST (self));
  g_return_if_fail (year >= 0 && year <= 9999);

  if (self->year == year)
    return;
  self->year = year;
  ond_paged_list_refresh (OND_PAGED_LIST (self), FALSE);
}

/**
 * ond_booking_list_set_sort:
 * @self: a #OndBookingList
 * @sort: the column to sort on
 * @descending: whether to reverse the order
 *
 * Ties are broken on the id (the order of entry), so the order is always the same.
 */
void
ond_booking_list_set_sort (OndBookingList *self,
                           OndBookingSort  sort,
                           gboolean        descending)
{
  g_return_if_fail (OND_IS_BOOKING_LIST (self));
  g_return_if_fail (sort >= OND_BOOKING_SORT_DATE && sort <= OND_BOOKING_SORT_SUPPLIER);

  descending = !!descending;
  if (self->sort == sort && self->descending == descending)
    return;
  self->sort = sort;
  self->descending = descending;
  ond_paged_list_refresh (OND_PAGED_LIST (self), FALSE);
}

/**
 * ond_booking_list_reload:
 * @self: a #OndBookingList
 *
 * Counts and lists the bookings again after the store changed, and emits one items-changed
 * for the whole list.
 */
void
ond_booking_list_reload (OndBookingList *self)
{
  g_return_if_fail (OND_IS_BOOKING_LIST (self));

  ond_paged_list_refresh (OND_PAGED_LIST (self), TRUE);
}

/**
 * ond_booking_list_get_error:
 * @self: a #OndBookingList
 *
 * Returns: (nullable) (transfer none): why the last query failed, or %NULL
 */
const GError *
ond_booking_list_get_error (OndBookingList *self)
{
  g_return_val_if_fail (OND_IS_BOOKING_LIST (self), NULL);

  return ond_paged_list_get_error (OND_PAGED_LIST (self));
}

/**
 * ond_booking_list_get_n_total:
 * @self: a #OndBookingList
 *
 * Returns: the number of bookings of the plan, whatever the search and filters
 */
guint
ond_booking_list_get_n_total (OndBookingList *self)
{
  g_return_val_if_fail (OND_IS_BOOKING_LIST (self), 0);

  return self->n_total;
}

/**
 * ond_booking_list_get_years:
 * @self: a #OndBookingList
 * @n_years: (out): the number of years
 *
 * Returns: (array length=n_years) (transfer none): the years the plan's bookings are dated
 *   in, ascending
 */
const int *
ond_booking_list_get_years (OndBookingList *self,
                            guint          *n_years)
{
  g_return_val_if_fail (OND_IS_BOOKING_LIST (self), NULL);
  g_return_val_if_fail (n_years != NULL, NULL);

  *n_years = self->years->len;
  return (const int *) (gpointer) self->years->data;
}

/**
 * ond_booking_list_find:
 * @self: a #OndBookingList
 * @id: a booking
 *
 * Returns: the position of booking @id, or %G_MAXUINT when it is not in the list
 */
guint
ond_booking_list_find (OndBookingList *self,
                       gint64          id)
{
  g_return_val_if_fail (OND_IS_BOOKING_LIST (self), G_MAXUINT);

  return ond_paged_list_find (OND_PAGED_LIST (self), id);
}

/**
 * ond_booking_list_lookup:
 * @self: a #OndBookingList
 * @id: a booking
 * @error: return location for an error
 *
 * Reads booking @id from the store, whether the search and filters show it or not.
 *
 * Returns: (transfer full) (nullable): the booking, or %NULL when it does not exist or is
 *   not one of the plan's (@error not set) or when the database failed (@error set)
 */
OndBooking *
ond_booking_list_lookup (OndBookingList  *self,
                         gint64           id,
                         GError         **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (OND_IS_BOOKING_LIST (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  found = _ond_store_read_bookings (ond_paged_list_get_store (OND_PAGED_LIST (self)),
                                    self->plan_id, &id, 1, error);
  if (found == NULL || g_ptr_array_index (found, 0) == NULL)
    return NULL;
  return g_object_ref (g_ptr_array_index (found, 0));
}
