/* ond-paged-list.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndPagedList: the base of the lists that can reach 100,000 rows (OndCaseList,
 * OndBookingList). A GListModel over the store that lists the ids of the rows it shows in
 * their order (one query; get_n_items is their number), reads the rows by id a page at a
 * time when a view asks for them, and keeps the pages it read last in a small cache.
 * A subclass keeps its search, filters and order, and says how to list the ids and how to
 * read the rows (the vfuncs below); the paging, the cache, the errors and the
 * items-changed signals are done here.
 *
 * A change of the whole list (a search, a filter, the order, a reload) emits one
 * items-changed (0, old n, new n), and none when the list was and stays empty. A view of
 * GTK 4.8 told that all its rows changed looks for the rows it shows (and
 * GtkSingleSelection for its selected row) among every row of the new list, which reads
 * every page: a view that must stay fast lets go of the list before such a change and takes
 * it back after (see ond-bookings-page-private.h). A row that went away after the ids were
 * listed is handed out as NULL, and the list lists itself again from an idle (items-changed
 * may not be emitted from get_item).
 */

#pragma once

#include <gio/gio.h>

#include "ond-store.h"

G_BEGIN_DECLS

#define OND_TYPE_PAGED_LIST (ond_paged_list_get_type ())
G_DECLARE_DERIVABLE_TYPE (OndPagedList, ond_paged_list, OND, PAGED_LIST, GObject)

struct _OndPagedListClass
{
  GObjectClass parent_class;

  /* The type of the items (set in class_init). */
  GType        item_type;

  /* Lists the ids of the rows to show, in order: a GArray of gint64 (transfer full), or
   * NULL with @error set (the list is then empty and keeps the error). @store_changed: the
   * store may have changed since the last listing (the list is new, reloaded, or a row went
   * missing), not only the subclass's search, filters or order. */
  GArray    *(*list_ids)  (OndPagedList  *self,
                           gboolean       store_changed,
                           GError       **error);
  /* Reads the rows @ids[0 .. @n_ids - 1]: a GPtrArray of @n_ids items of item_type in the
   * order of @ids (transfer full), NULL in the place of a row that has gone; or NULL with
   * @error set. */
  GPtrArray *(*read_rows) (OndPagedList  *self,
                           const gint64  *ids,
                           guint          n_ids,
                           GError       **error);
};

OndStore     *ond_paged_list_get_store     (OndPagedList  *self);
/* The last query error, or NULL (the list is then empty, or misses the page it could not
 * read until it lists itself again). */
const GError *ond_paged_list_get_error     (OndPagedList  *self);
/* The position of the row with @id, or G_MAXUINT when the list does not show it. */
guint         ond_paged_list_find          (OndPagedList  *self,
                                            gint64         id);

/* For subclasses. */

/* Drops the cache, lists the ids again and emits one items-changed for the whole list.
 * @store_changed: as for list_ids (FALSE when only the search, a filter or the order
 * changed). */
void          ond_paged_list_refresh       (OndPagedList  *self,
                                            gboolean       store_changed);
/* Sets a text filter: replaces *@field with a copy of @value ("" counts as NULL) and, when
 * that changed it, lists again (ond_paged_list_refresh (@self, FALSE)). */
void          ond_paged_list_update_text   (OndPagedList  *self,
                                            char         **field,
                                            const char    *value);

G_END_DECLS
