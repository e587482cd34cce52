/* ond-booking-list.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndBookingList: the bookings of a plan as a GListModel over the store, built like
 * OndCaseList. On every change of search, filter or order the store lists the ids of the
 * matching bookings in order (one query; the count is its length); rows are read a page at a
 * time by id and kept in a small cache of recently used pages. Only the pages a view looks
 * at are ever turned into OndBooking objects. A load also counts the plan's bookings and
 * their years, for the list's count and its year filter.
 */

#define G_LOG_DOMAIN "ond-booking-list"

#include "config.h"

#include "ond-booking-list.h"
#include "ond-store-booking-list-private.h"
#include "ond-text.h"

/* Rows read at a time (one statement of the store reads 64), and the number of pages kept:
 * a jump to anywhere in the list reads one small page. */
#define PAGE_SIZE 64
#define MAX_PAGES 16

typedef struct
{
  guint      first;      /* position of its first row */
  GPtrArray *bookings;   /* OndBooking *, NULL where one went away after the ids were listed */
} Page;

struct _OndBookingList
{
  GObject         parent_instance;

  OndStore       *store;
  gint64          plan_id;

  char           *search;       /* folded; NULL = all */
  char           *kind;
  int             year;
  OndBookingSort  sort;
  gboolean        descending;

  GArray         *ids;          /* gint64: the matching bookings, in order */
  GQueue          pages;        /* Page *, most recently used first */
  guint           n_total;      /* the plan's bookings, whatever the search and filters */
  GArray         *years;        /* int: the years they are dated in */
  /* Whether the bookings have their search text (checked before the first search after a
   * load: an import writes them without). */
  gboolean        search_ready;
  GError         *error;
  guint           reload_id;    /* idle that reloads after a row went missing */
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_PLAN_ID,
  N_PROPS,
};

static void ond_booking_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OndBookingList, ond_booking_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ond_booking_list_model_init))

static GParamSpec *properties[N_PROPS];

static void
page_free (gpointer data)
{
  Page *page = data;

  g_ptr_array_unref (page->bookings);
  g_free (page);
}

static void
clear_pages (OndBookingList *self)
{
  g_queue_clear_full (&self->pages, page_free);
}

static void
keep_error (OndBookingList *self,
            GError         *error,
            const char     *what)
{
  g_return_if_fail (error != NULL);

  g_debug ("%s failed: %s", what, error->message);
  if (self->error == NULL)
    self->error = error;
  else
    g_error_free (error);
}

/* Counts the plan's bookings and their years. */
static void
count (OndBookingList *self)
{
  GError *error = NULL;
  GArray *years = NULL;

  g_clear_pointer (&self->years, g_array_unref);
  self->n_total = 0;
  if (!_ond_store_count_bookings (self->store, self->plan_id, &self->n_total, &years, &error))
    {
      keep_error (self, error, "Counting the bookings");
      years = g_array_new (FALSE, FALSE, sizeof (int));
    }
  self->years = years;
}

/* Lists the ids for the current search, filters and order. On error the list is empty
 * and the error kept for ond_booking_list_get_error (). */
static void
load (OndBookingList *self)
{
  OndBookingQuery query = {
    .plan_id = self->plan_id,
    .search = self->search,
    .kind = self->kind,
    .year = self->year,
    .sort = self->sort,
    .descending = self->descending,
  };
  GError *error = NULL;
  GArray *ids = NULL;

  clear_pages (self);
  g_clear_pointer (&self->ids, g_array_unref);

  /* Without it a booking is still found by its texts as stored (ASCII case only). */
  if (self->search != NULL && !self->search_ready)
    {
      if (_ond_store_fill_booking_search_text (self->store, &error))
        self->search_ready = TRUE;
      else
        g_message ("Could not store the search text of the bookings: %s", error->message);
      g_clear_error (&error);
    }
  if (self->error == NULL)
    ids = _ond_store_list_booking_ids (self->store, &query, &error);
  if (ids == NULL)
    {
      if (error != NULL)
        keep_error (self, error, "Listing the bookings");
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  self->ids = ids;
}

/* Reloads and tells the views, with one items-changed for the whole list. @recount: the
 * store may have changed, so the bookings are counted again too. */
static void
refresh (OndBookingList *self,
         gboolean        recount)
{
  guint old_n = self->ids->len;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_error (&self->error);
  if (recount)
    {
      self->search_ready = FALSE;
      count (self);
    }
  load (self);
  if (old_n != 0 || self->ids->len != 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->ids->len);
}

static gboolean
reload_idle_cb (gpointer data)
{
  OndBookingList *self = data;

  self->reload_id = 0;
  refresh (self, TRUE);
  return G_SOURCE_REMOVE;
}

/* A row could not be read (the booking went away, or the database failed): the list is
 * listed again as soon as the view is done asking, as items-changed may not be emitted
 * from get_item. */
static void
schedule_reload (OndBookingList *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle_cb, self);
}

static Page *
lookup_page (OndBookingList *self,
             guint           first)
{
  for (GList *link = self->pages.head; link != NULL; link = link->next)
    {
      Page *page = link->data;

      if (page->first == first)
        {
          if (link != self->pages.head)
            {
              g_queue_unlink (&self->pages, link);
              g_queue_push_head_link (&self->pages, link);
            }
          return page;
        }
    }
  return NULL;
}

static Page *
read_page (OndBookingList *self,
           guint           first)
{
  GError *error = NULL;
  guint n = MIN (PAGE_SIZE, self->ids->len - first);
  GPtrArray *bookings;
  Page *page;

  bookings = _ond_store_read_bookings (self->store, self->plan_id,
                                       &g_array_index (self->ids, gint64, first), n, &error);
  if (bookings == NULL)
    {
      keep_error (self, error, "Reading bookings for the list");
      return NULL;
    }

  page = g_new0 (Page, 1);
  page->first = first;
  page->bookings = bookings;
  g_queue_push_head (&self->pages, page);
  while (self->pages.length > MAX_PAGES)
    page_free (g_queue_pop_tail (&self->pages));
  return page;
}

static GType
ond_booking_list_get_item_type (GListModel *model)
{
  return OND_TYPE_BOOKING;
}

static guint
ond_booking_list_get_n_items (GListModel *model)
{
  OndBookingList *self = OND_BOOKING_LIST (model);

  return self->ids->len;
}

static gpointer
ond_booking_list_get_item (GListModel *model,
                           guint       position)
{
  OndBookingList *self = OND_BOOKING_LIST (model);
  guint first;
  Page *page;
  OndBooking *item;

  if (position >= self->ids->len)
    return NULL;

  first = position - position % PAGE_SIZE;
  page = lookup_page (self, first);
  if (page == NULL)
    page = read_page (self, first);
  if (page == NULL)
    {
      schedule_reload (self);
      return NULL;
    }

  item = g_ptr_array_index (page->bookings, position - first);
  if (item == NULL)
    {
      schedule_reload (self);
      return NULL;
    }
  return g_object_ref (item);
}

static void
ond_booking_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ond_booking_list_get_item_type;
  iface->get_n_items = ond_booking_list_get_n_items;
  iface->get_item = ond_booking_list_get_item;
}

static void
ond_booking_list_constructed (GObject *object)
{
  OndBookingList *self = OND_BOOKING_LIST (object);

  G_OBJECT_CLASS (ond_booking_list_parent_class)->constructed (object);

  g_assert (OND_IS_STORE (self->store));
  count (self);
  load (self);
}

static void
ond_booking_list_dispose (GObject *object)
{
  OndBookingList *self = OND_BOOKING_LIST (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  clear_pages (self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_booking_list_parent_class)->dispose (object);
}

static void
ond_booking_list_finalize (GObject *object)
{
  OndBookingList *self = OND_BOOKING_LIST (object);

  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_error (&self->error);
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
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

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
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

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

  object_class->constructed = ond_booking_list_constructed;
  object_class->dispose = ond_booking_list_dispose;
  object_class->finalize = ond_booking_list_finalize;
  object_class->get_property = ond_booking_list_get_property;
  object_class->set_property = ond_booking_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN_ID] =
    g_param_spec_int64 ("plan-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_booking_list_init (OndBookingList *self)
{
  g_queue_init (&self->pages);
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

/* Replaces *@field with a copy of @value ("" counts as NULL); TRUE when it changed. */
static gboolean
set_code (char       **field,
          const char  *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
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
  if (set_code (&self->search, folded))
    refresh (self, FALSE);
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

  if (set_code (&self->kind, kind))
    refresh (self, FALSE);
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
  refresh (self, FALSE);
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
  refresh (self, FALSE);
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

  refresh (self, TRUE);
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

  return self->error;
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

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;
  return G_MAXUINT;
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

  found = _ond_store_read_bookings (self->store, self->plan_id, &id, 1, error);
  if (found == NULL || g_ptr_array_index (found, 0) == NULL)
    return NULL;
  return g_object_ref (g_ptr_array_index (found, 0));
}
