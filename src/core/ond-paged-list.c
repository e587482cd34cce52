/* ond-paged-list.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndPagedList: the paging, the page cache and the items-changed signals of the long lists
 * over the store. The ids of the rows are listed once per change of the list (its count is
 * their number); rows are read a page at a time by id and kept in a small cache of recently
 * used pages, so only the pages a view looks at are ever turned into objects, and a page at
 * position 90,000 costs what a page at 0 does.
 */

#define G_LOG_DOMAIN "ond-paged-list"

#include "config.h"

#include "ond-paged-list.h"

/* Rows read at a time (one statement of the store reads 64), and the number of pages kept:
 * a jump to anywhere in the list reads one small page. */
#define PAGE_SIZE 64
#define MAX_PAGES 16

typedef struct
{
  guint      first;   /* position of its first row */
  GPtrArray *rows;    /* NULL where a row went away after the ids were listed */
} Page;

typedef struct
{
  OndStore  *store;

  GArray    *ids;        /* gint64: the rows shown, in order */
  GQueue     pages;      /* Page *, most recently used first */
  GError    *error;
  guint      reload_id;  /* idle that lists again after a row went missing */
} OndPagedListPrivate;

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS,
};

static void ond_paged_list_model_init (GListModelInterface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (OndPagedList, ond_paged_list, G_TYPE_OBJECT,
                                  G_ADD_PRIVATE (OndPagedList)
                                  G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                         ond_paged_list_model_init))

static GParamSpec *properties[N_PROPS];

static void
page_free (gpointer data)
{
  Page *page = data;

  g_ptr_array_unref (page->rows);
  g_free (page);
}

static void
keep_error (OndPagedList *self,
            GError       *error,
            const char   *what)
{
  OndPagedListPrivate *priv = ond_paged_list_get_instance_private (self);

  g_debug ("%s for %s failed: %s", what, G_OBJECT_TYPE_NAME (self), error->message);
  g_clear_error (&priv->error);
  priv->error = error;
}

/* Lists the ids of the rows to show. On error the list is empty and the error kept for
 * ond_paged_list_get_error (). */
static void
load (OndPagedList *self,
      gboolean      store_changed)
{
  OndPagedListPrivate *priv = ond_paged_list_get_instance_private (self);
  GError *error = NULL;
  GArray *ids;

  g_queue_clear_full (&priv->pages, page_free);
  g_clear_pointer (&priv->ids, g_array_unref);
  g_clear_error (&priv->error);

  ids = OND_PAGED_LIST_GET_CLASS (self)->list_ids (self, store_changed, &error);
  if (ids == NULL)
    {
      keep_error (self, error, "Listing the rows");
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  priv->ids = ids;
}

static gboolean
reload_idle_cb (gpointer data)
{
  OndPagedList *self = data;
  OndPagedListPrivate *priv = ond_paged_list_get_instance_private (self);

  priv->reload_id = 0;
  ond_paged_list_refresh (self, TRUE);
  return G_SOURCE_REMOVE;
}

/* A row could not be read (it went away, or the database failed): the list is listed again
 * as soon as the view is done asking, as items-changed may not be emitted from get_item. */
static void
schedule_reload (OndPagedList *self)
{
  OndPagedListPrivate *priv = ond_paged_list_get_instance_private (self);

  if (priv->reload_id == 0)
    priv->reload_id = g_idle_add (reload_idle_cb, self);
}

static Page *
lookup_page (OndPagedList *self,
             guint         first)
{
  OndPagedListPrivate *priv = ond_paged_list_get_instance_private (self);

  for (GList *link = priv->pages.head; link != NULL; link = link->next)
    {
      Page *page = link->data;

      if (page->first == first)
        {
          if (link != priv->pages.head)
            {
              g_queue_unlink (&priv->pages, link);
              g_queue_push_head_link (&priv->pages, link);
            }
          return page;
        }
    }
  return NULL;
}

static Page *
read_page (OndPagedList *self,
           guint         first)
{
  OndPagedListPrivate *priv = ond_paged_list_get_instance_private (self);
  GError *error = NULL;
  guint n = MIN (PAGE_SIZE, priv->ids->len - first);
  GPtrArray *rows;
  Page *page;

  rows = OND_PAGED_LIST_GET_CLASS (self)->read_rows (self,
                                                     &g_array_index (priv->ids, gint64, first),
                                                     n, &error);
  if (rows == NULL)
    {
      keep_error (self, error, "Reading a page of rows");
      return NULL;
    }
  g_assert (rows->len == n);

  page = g_new0 (Page, 1);
  page->first = first;
  page->rows = rows;
  g_queue_push_head (&priv->pages, page);
  while (priv->pages.length > MAX_PAGES)
    page_free (g_queue_pop_tail (&priv->pages));
  return page;
}

static GType
ond_paged_list_get_item_type (GListModel *model)
{
  return OND_PAGED_LIST_GET_CLASS (model)->item_type;
}

static guint
ond_paged_list_get_n_items (GListModel *model)
{
  OndPagedList *self = OND_PAGED_LIST (model);
  OndPagedListPrivate *priv = ond_paged_list_get_instance_private (self);

  return priv->ids->len;
}

static gpointer
ond_paged_list_get_item (GListModel *model,
                         guint       position)
{
  OndPagedList *self = OND_PAGED_LIST (model);
  OndPagedListPrivate *priv = ond_paged_list_get_instance_private (self);
  guint first;
  Page *page;
  gpointer item;

  if (position >= priv->ids->len)
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

  item = g_ptr_array_index (page->rows, position - first);
  if (item == NULL)
    {
      schedule_reload (self);
      return NULL;
    }
  return g_object_ref (item);
}

static void
ond_paged_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ond_paged_list_get_item_type;
  iface->get_n_items = ond_paged_list_get_n_items;
  iface->get_item = ond_paged_list_get_item;
}

static void
ond_paged_list_constructed (GObject *object)
{
  OndPagedList *self = OND_PAGED_LIST (object);
  OndPagedListPrivate *priv = ond_paged_list_get_instance_private (self);
  OndPagedListClass *klass = OND_PAGED_LIST_GET_CLASS (self);

  G_OBJECT_CLASS (ond_paged_list_parent_class)->constructed (object);

  g_assert (OND_IS_STORE (priv->store));
  g_assert (klass->list_ids != NULL && klass->read_rows != NULL);
  load (self, TRUE);
}

static void
ond_paged_list_dispose (GObject *object)
{
  OndPagedList *self = OND_PAGED_LIST (object);
  OndPagedListPrivate *priv = ond_paged_list_get_instance_private (self);

  g_clear_handle_id (&priv->reload_id, g_source_remove);
  g_queue_clear_full (&priv->pages, page_free);
  g_clear_object (&priv->store);

  G_OBJECT_CLASS (ond_paged_list_parent_class)->dispose (object);
}

static void
ond_paged_list_finalize (GObject *object)
{
  OndPagedList *self = OND_PAGED_LIST (object);
  OndPagedListPrivate *priv = ond_paged_list_get_instance_private (self);

  g_clear_pointer (&priv->ids, g_array_unref);
  g_clear_error (&priv->error);

  G_OBJECT_CLASS (ond_paged_list_parent_class)->finalize (object);
}

static void
ond_paged_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OndPagedList *self = OND_PAGED_LIST (object);
  OndPagedListPrivate *priv = ond_paged_list_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_paged_list_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OndPagedList *self = OND_PAGED_LIST (object);
  OndPagedListPrivate *priv = ond_paged_list_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      priv->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_paged_list_class_init (OndPagedListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ond_paged_list_constructed;
  object_class->dispose = ond_paged_list_dispose;
  object_class->finalize = ond_paged_list_finalize;
  object_class->get_property = ond_paged_list_get_property;
  object_class->set_property = ond_paged_list_set_property;

  klass->item_type = G_TYPE_OBJECT;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_paged_list_init (OndPagedList *self)
{
  OndPagedListPrivate *priv = ond_paged_list_get_instance_private (self);

  g_queue_init (&priv->pages);
}

/**
 * ond_paged_list_get_store:
 * @self: a #OndPagedList
 *
 * Returns: (transfer none): the store the list reads
 */
OndStore *
ond_paged_list_get_store (OndPagedList *self)
{
  OndPagedListPrivate *priv;

  g_return_val_if_fail (OND_IS_PAGED_LIST (self), NULL);

  priv = ond_paged_list_get_instance_private (self);
  return priv->store;
}

/**
 * ond_paged_list_get_error:
 * @self: a #OndPagedList
 *
 * Returns: (nullable) (transfer none): why the last query failed, or %NULL
 */
const GError *
ond_paged_list_get_error (OndPagedList *self)
{
  OndPagedListPrivate *priv;

  g_return_val_if_fail (OND_IS_PAGED_LIST (self), NULL);

  priv = ond_paged_list_get_instance_private (self);
  return priv->error;
}

/**
 * ond_paged_list_find:
 * @self: a #OndPagedList
 * @id: the id of a row
 *
 * Returns: the position of the row with @id, or %G_MAXUINT when the list does not show it
 */
guint
ond_paged_list_find (OndPagedList *self,
                     gint64        id)
{
  OndPagedListPrivate *priv;

  g_return_val_if_fail (OND_IS_PAGED_LIST (self), G_MAXUINT);

  priv = ond_paged_list_get_instance_private (self);
  for (guint i = 0; i < priv->ids->len; i++)
    if (g_array_index (priv->ids, gint64, i) == id)
      return i;
  return G_MAXUINT;
}

/**
 * ond_paged_list_refresh:
 * @self: a #OndPagedList
 * @store_changed: whether the store may have changed, not only the list's search, filters
 *   or order
 *
 * Lists the rows again and emits one items-changed for the whole list (none when it was
 * and stays empty). For subclasses.
 */
void
ond_paged_list_refresh (OndPagedList *self,
                        gboolean      store_changed)
{
  OndPagedListPrivate *priv;
  guint old_n;

  g_return_if_fail (OND_IS_PAGED_LIST (self));

  priv = ond_paged_list_get_instance_private (self);
  old_n = priv->ids->len;
  g_clear_handle_id (&priv->reload_id, g_source_remove);
  load (self, store_changed);
  if (old_n != 0 || priv->ids->len != 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, priv->ids->len);
}

/**
 * ond_paged_list_update_text:
 * @self: a #OndPagedList
 * @field: a text filter of the subclass (owned by it)
 * @value: (nullable): the new value; %NULL or "" for none
 *
 * Replaces *@field with a copy of @value and lists again when that changed it. For
 * subclasses.
 */
void
ond_paged_list_update_text (OndPagedList  *self,
                            char         **field,
                            const char    *value)
{
  g_return_if_fail (OND_IS_PAGED_LIST (self));
  g_return_if_fail (field != NULL);

  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  ond_paged_list_refresh (self, FALSE);
}
