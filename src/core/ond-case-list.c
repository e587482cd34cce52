/* ond-case-list.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndCaseList: the case list as a GListModel over the store. On every change of search,
 * filter or order the store lists the ids of the matching cases in order (one query; the
 * count is its length); rows are read a page at a time by id and kept in a small cache of
 * recently used pages. Only the pages a view looks at are ever turned into OndCase objects.
 */

#define G_LOG_DOMAIN "ond-case-list"

#include "config.h"

#include "ond-case.h"
#include "ond-case-list.h"
#include "ond-store-case-list-private.h"
#include "ond-text.h"

/* Rows read at a time (one statement of the store reads 64), and the number of pages kept:
 * a jump to anywhere in the list reads one small page. */
#define PAGE_SIZE 64
#define MAX_PAGES 16

typedef struct
{
  guint      first;   /* position of its first row */
  GPtrArray *cases;   /* OndCase *, NULL where a case went away after the ids were listed */
} Page;

struct _OndCaseList
{
  GObject      parent_instance;

  OndStore    *store;

  char        *search;     /* folded; NULL = all */
  char        *status;
  gint64       theme_id;
  char        *source;
  int          year;
  OndCaseSort  sort;
  gboolean     descending;

  GArray      *ids;        /* gint64: the matching cases, in order */
  GQueue       pages;      /* Page *, most recently used first */
  GError      *error;
  guint        reload_id;  /* idle that reloads after a row went missing */
};

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS,
};

static void ond_case_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OndCaseList, ond_case_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, ond_case_list_model_init))

static GParamSpec *properties[N_PROPS];

static void
page_free (gpointer data)
{
  Page *page = data;

  g_ptr_array_unref (page->cases);
  g_free (page);
}

static void
clear_pages (OndCaseList *self)
{
  g_queue_clear_full (&self->pages, page_free);
}

/* Lists the ids for the current search, filters and order. On error the list is empty
 * and the error kept for ond_case_list_get_error (). */
static void
load (OndCaseList *self)
{
  OndCaseQuery query = {
    .search = self->search,
    .status = self->status,
    .theme_id = self->theme_id,
    .source = self->source,
    .year = self->year,
    .sort = self->sort,
    .descending = self->descending,
  };
  g_autoptr(GError) error = NULL;
  GArray *ids;

  clear_pages (self);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_error (&self->error);

  ids = _ond_store_list_case_ids (self->store, &query, &error);
  if (ids == NULL)
    {
      g_debug ("Listing cases failed: %s", error->message);
      self->error = g_steal_pointer (&error);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  self->ids = ids;
}

/* Reloads and tells the views, with one items-changed for the whole list. */
static void
refresh (OndCaseList *self)
{
  guint old_n = self->ids->len;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  load (self);
  if (old_n != 0 || self->ids->len != 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->ids->len);
}

static gboolean
reload_idle_cb (gpointer data)
{
  OndCaseList *self = data;

  self->reload_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* A row could not be read (the case went away, or the database failed): the list is
 * listed again as soon as the view is done asking, as items-changed may not be emitted
 * from get_item. */
static void
schedule_reload (OndCaseList *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle_cb, self);
}

static Page *
lookup_page (OndCaseList *self,
             guint        first)
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
read_page (OndCaseList *self,
           guint        first)
{
  g_autoptr(GError) error = NULL;
  guint n = MIN (PAGE_SIZE, self->ids->len - first);
  GPtrArray *cases;
  Page *page;

  cases = _ond_store_read_cases (self->store, &g_array_index (self->ids, gint64, first), n,
                                 &error);
  if (cases == NULL)
    {
      g_debug ("Reading cases for the list failed: %s", error->message);
      g_clear_error (&self->error);
      self->error = g_steal_pointer (&error);
      return NULL;
    }

  page = g_new0 (Page, 1);
  page->first = first;
  page->cases = cases;
  g_queue_push_head (&self->pages, page);
  while (self->pages.length > MAX_PAGES)
    page_free (g_queue_pop_tail (&self->pages));
  return page;
}

static GType
ond_case_list_get_item_type (GListModel *model)
{
  return OND_TYPE_CASE;
}

static guint
ond_case_list_get_n_items (GListModel *model)
{
  OndCaseList *self = OND_CASE_LIST (model);

  return self->ids->len;
}

static gpointer
ond_case_list_get_item (GListModel *model,
                        guint       position)
{
  OndCaseList *self = OND_CASE_LIST (model);
  guint first;
  Page *page;
  OndCase *item;

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

  item = g_ptr_array_index (page->cases, position - first);
  if (item == NULL)
    {
      schedule_reload (self);
      return NULL;
    }
  return g_object_ref (item);
}

static void
ond_case_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ond_case_list_get_item_type;
  iface->get_n_items = ond_case_list_get_n_items;
  iface->get_item = ond_case_list_get_item;
}

static void
ond_case_list_constructed (GObject *object)
{
  OndCaseList *self = OND_CASE_LIST (object);

  G_OBJECT_CLASS (ond_case_list_parent_class)->constructed (object);

  g_assert (OND_IS_STORE (self->store));
  load (self);
}

static void
ond_case_list_dispose (GObject *object)
{
  OndCaseList *self = OND_CASE_LIST (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  clear_pages (self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_case_list_parent_class)->dispose (object);
}

static void
ond_case_list_finalize (GObject *object)
{
  OndCaseList *self = OND_CASE_LIST (object);

  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_error (&self->error);
  g_free (self->search);
  g_free (self->status);
  g_free (self->source);

  G_OBJECT_CLASS (ond_case_list_parent_class)->finalize (object);
}

static void
ond_case_list_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OndCaseList *self = OND_CASE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_case_list_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  OndCaseList *self = OND_CASE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_case_list_class_init (OndCaseListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ond_case_list_constructed;
  object_class->dispose = ond_case_list_dispose;
  object_class->finalize = ond_case_list_finalize;
  object_class->get_property = ond_case_list_get_property;
  object_class->set_property = ond_case_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_case_list_init (OndCaseList *self)
{
  g_queue_init (&self->pages);
  self->sort = OND_CASE_SORT_RECEIVED;
  self->descending = TRUE;
}

/**
 * ond_case_list_new:
 * @store: the store to list the cases of
 *
 * Creates the list of all visible cases, newest received first.
 *
 * Returns: (transfer full): a new #OndCaseList
 */
OndCaseList *
ond_case_list_new (OndStore *store)
{
  g_return_val_if_fail (OND_IS_STORE (store), NULL);

  return g_object_new (OND_TYPE_CASE_LIST, "store", store, NULL);
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
 * ond_case_list_set_search:
 * @self: a #OndCaseList
 * @text: (nullable): the search text; %NULL or blank for all cases
 *
 * Shows the cases whose reference, subject name or summary contain every word of @text,
 * ignoring case and accents.
 */
void
ond_case_list_set_search (OndCaseList *self,
                          const char  *text)
{
  g_autofree char *folded = NULL;

  g_return_if_fail (OND_IS_CASE_LIST (self));

  folded = ond_text_fold (text);
  if (set_code (&self->search, folded))
    refresh (self);
}

/**
 * ond_case_list_set_status:
 * @self: a #OndCaseList
 * @status: (nullable): a case_status code, or %NULL for every status
 */
void
ond_case_list_set_status (OndCaseList *self,
                          const char  *status)
{
  g_return_if_fail (OND_IS_CASE_LIST (self));

  if (set_code (&self->status, status))
    refresh (self);
}

/**
 * ond_case_list_set_theme:
 * @self: a #OndCaseList
 * @theme_id: a theme id, or 0 for every theme
 */
void
ond_case_list_set_theme (OndCaseList *self,
                         gint64       theme_id)
{
  g_return_if_fail (OND_IS_CASE_LIST (self));
  g_return_if_fail (theme_id >= 0);

  if (self->theme_id == theme_id)
    return;
  self->theme_id = theme_id;
  refresh (self);
}

/**
 * ond_case_list_set_source:
 * @self: a #OndCaseList
 * @source: (nullable): a case_source code, or %NULL for every source
 */
void
ond_case_list_set_source (OndCaseList *self,
                          const char  *source)
{
  g_return_if_fail (OND_IS_CASE_LIST (self));

  if (set_code (&self->source, source))
    refresh (self);
}

/**
 * ond_case_list_set_year:
 * @self: a #OndCaseList
 * @year: the year of the date received, or 0 for every year
 */
void
ond_case_list_set_year (OndCaseList *self,
                        int          year)
{
  g_return_if_fail (OND_IS_CASE_LIST (self));
  g_return_if_fail (year >= 0 && year <= 9999);

  if (self->year == year)
    return;
  self->year = year;
  refresh (self);
}

/**
 * ond_case_list_set_sort:
 * @self: a #OndCaseList
 * @sort: the column to sort on
 * @descending: whether to reverse the order
 *
 * Ties are broken on the order of registration, so the order is always the same.
 */
void
ond_case_list_set_sort (OndCaseList *self,
                        OndCaseSort  sort,
                        gboolean     descending)
{
  g_return_if_fail (OND_IS_CASE_LIST (self));
  g_return_if_fail (sort >= OND_CASE_SORT_REFERENCE && sort <= OND_CASE_SORT_NEXT_FOLLOW_UP);

  descending = !!descending;
  if (self->sort == sort && self->descending == descending)
    return;
  self->sort = sort;
  self->descending = descending;
  refresh (self);
}

/**
 * ond_case_list_reload:
 * @self: a #OndCaseList
 *
 * Lists the cases again after the store changed, and emits one items-changed for the
 * whole list.
 */
void
ond_case_list_reload (OndCaseList *self)
{
  g_return_if_fail (OND_IS_CASE_LIST (self));

  refresh (self);
}

/**
 * ond_case_list_get_error:
 * @self: a #OndCaseList
 *
 * Returns: (nullable) (transfer none): why the last query failed, or %NULL
 */
const GError *
ond_case_list_get_error (OndCaseList *self)
{
  g_return_val_if_fail (OND_IS_CASE_LIST (self), NULL);

  return self->error;
}
