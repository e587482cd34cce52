/* ond-store-booking-list.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The queries behind the bookings list, as those of the case list (ond-store-case-list.c):
 * one query lists the ids of a plan's bookings that match the search and filters in the
 * list's order (its length is the count the list shows); pages of rows are then read by id,
 * with no OFFSET to skip.
 *
 * The search matches every word of the folded search text against the booking's folded
 * text: booking.search_text (the dates, the amount as shown, description, reference and
 * supplier, folded when the store writes the booking), and the names of the plan's lines
 * and the labels of the kinds, which live in their own tables and are folded here (a line
 * can be renamed without touching its bookings). A booking without its search_text (written
 * by the import, or before schema version 3) gets it before the first search
 * (_ond_store_fill_booking_search_text); on a read-only file its texts are matched as stored,
 * which ignores the case of ASCII letters only.
 *
 * The SQL is put together from the fixed fragments below only, chosen by which filters are
 * set and by the OndBookingSort enum; every value is a bound "?" parameter.
 */

#define G_LOG_DOMAIN "ond-store-booking-list"

#include "config.h"

#include <string.h>

#include "ond-date.h"
#include "ond-money.h"
#include "ond-store-booking-list-private.h"
#include "ond-store-paged-private.h"
#include "ond-store-private.h"
#include "ond-text.h"

/* The bookings of a plan: those on its lines and those on no line (ond_store_list_bookings).
 * The "+" keeps SQLite from walking the index on (line_id, date) and looking each row up from
 * there: reading the table in its own order is three times faster for a sort on any column
 * but the date, and as fast for that one. */
#define PLAN_BOOKINGS \
  "(+b.line_id IS NULL OR +b.line_id IN (SELECT id FROM budget_line WHERE plan_id = ?))"

/* What booking.search_text holds, from the row itself, for a booking that has none on a
 * read-only file: the date as shown and as stored, description, reference and supplier. */
#define STORED_TEXT \
  "coalesce(b.search_text, substr(b.date, 9, 2) || '-' || substr(b.date, 6, 2) || '-' ||" \
  " substr(b.date, 1, 4) || ' ' || b.date || ' ' || b.description || ' ' || b.reference ||" \
  " ' ' || b.supplier)"

/* A text in the order of SQLite's NOCASE: byte by byte, with the ASCII letters folded. The
 * server's lower() folds by the collation of its argument: under "C" only the ASCII letters,
 * and the result compares byte by byte, whatever the database's own collation is. */
#define NOCASE_FILE(text)   text " COLLATE NOCASE"
#define NOCASE_SERVER(text) "lower(" text " COLLATE \"C\")"

/* The order of each column of the list, on what the column shows (the line's name, the
 * kind's label); texts ignore the case of ASCII letters, a booking on no line has the empty
 * name. Every key ends with the id, so that the order is total and descending is ascending
 * exactly reversed. */
#define SORT_SQL(NOCASE) { \
  [OND_BOOKING_SORT_DATE] = { \
    "", \
    "b.date, b.id", \
    "b.date DESC, b.id DESC", \
  }, \
  [OND_BOOKING_SORT_LINE] = { \
    " LEFT JOIN budget_line l ON l.id = b.line_id", \
    NOCASE ("coalesce(l.name, '')") ", b.id", \
    NOCASE ("coalesce(l.name, '')") " DESC, b.id DESC", \
  }, \
  [OND_BOOKING_SORT_KIND] = { \
    " LEFT JOIN booking_kind k ON k.code = b.kind", \
    NOCASE ("k.label") ", b.id", \
    NOCASE ("k.label") " DESC, b.id DESC", \
  }, \
  [OND_BOOKING_SORT_AMOUNT] = { \
    "", \
    "b.amount_cents, b.id", \
    "b.amount_cents DESC, b.id DESC", \
  }, \
  [OND_BOOKING_SORT_DESCRIPTION] = { \
    "", \
    NOCASE ("b.description") ", b.id", \
    NOCASE ("b.description") " DESC, b.id DESC", \
  }, \
  [OND_BOOKING_SORT_REFERENCE] = { \
    "", \
    NOCASE ("b.reference") ", b.id", \
    NOCASE ("b.reference") " DESC, b.id DESC", \
  }, \
  [OND_BOOKING_SORT_SUPPLIER] = { \
    "", \
    NOCASE ("b.supplier") ", b.id", \
    NOCASE ("b.supplier") " DESC, b.id DESC", \
  }, \
}

static const OndStoreSortSql sort_sql[] = SORT_SQL (NOCASE_FILE);
static const OndStoreSortSql sort_sql_server[] = SORT_SQL (NOCASE_SERVER);

G_STATIC_ASSERT (G_N_ELEMENTS (sort_sql) == OND_BOOKING_SORT_SUPPLIER + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (sort_sql_server) == G_N_ELEMENTS (sort_sql));

char *
_ond_store_booking_search_text (const char *date,
                                gint64      amount,
                                const char *description,
                                const char *reference,
                                const char *supplier)
{
  g_autofree char *shown_date = ond_date_format (date);
  g_autofree char *shown_amount = ond_money_format (amount);
  g_autofree char *joined = g_strjoin (" ", shown_date, date != NULL ? date : "", shown_amount,
                                       description != NULL ? description : "",
                                       reference != NULL ? reference : "",
                                       supplier != NULL ? supplier : "", NULL);

  return ond_text_fold (joined);
}

/* Filling in search_text. */

typedef struct
{
  gint64  id;
  char   *text;
} Missing;

static void
missing_clear (gpointer data)
{
  g_free (((Missing *) data)->text);
}

gboolean
_ond_store_fill_booking_search_text (OndStore  *self,
                                     GError   **error)
{
  g_autoptr(OndStatement) select = NULL;
  g_autoptr(OndStatement) update = NULL;
  g_autoptr(GArray) missing = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);

  /* Not on a read-only file; and not inside a transaction (an import lets the main loop run
   * while it writes): its commit makes the lists read the store again, and fill in then. */
  if (ond_store_is_read_only (self) || _ond_store_in_transaction (self))
    return TRUE;

  select = _ond_store_prepare (self,
                               "SELECT id, date, amount_cents, description, reference, supplier"
                               " FROM booking WHERE search_text IS NULL",
                               error);
  if (select == NULL)
    return FALSE;
  missing = g_array_new (FALSE, FALSE, sizeof (Missing));
  g_array_set_clear_func (missing, missing_clear);
  while ((ok = ond_statement_step (select, &has_row, error)) && has_row)
    {
      Missing row;

      row.id = ond_statement_get_int64 (select, 0);
      row.text = _ond_store_booking_search_text (ond_statement_get_text (select, 1),
                                                 ond_statement_get_int64 (select, 2),
                                                 ond_statement_get_text (select, 3),
                                                 ond_statement_get_text (select, 4),
                                                 ond_statement_get_text (select, 5));
      g_array_append_val (missing, row);
    }
  g_clear_pointer (&select, ond_statement_free);
  if (!ok)
    return FALSE;
  if (missing->len == 0)
    return TRUE;

  g_debug ("Folding the search text of %u bookings", missing->len);
  if (!_ond_store_begin (self, error))
    return FALSE;
  update = _ond_store_prepare (self, "UPDATE booking SET search_text = ? WHERE id = ?", error);
  if (update == NULL)
    goto fail;
  for (guint i = 0; i < missing->len; i++)
    {
      const Missing *row = &g_array_index (missing, Missing, i);

      ond_statement_reset (update);
      if (!ond_statement_bind_static_text (update, 1, row->text, error) ||
          !ond_statement_bind_int64 (update, 2, row->id, error) ||
          !ond_statement_execute (update, error))
        goto fail;
    }
  g_clear_pointer (&update, ond_statement_free);
  return _ond_store_commit (self, error);

fail:
  g_clear_pointer (&update, ond_statement_free);
  _ond_store_rollback (self);
  return FALSE;
}

/* Searching. */

/* A name from another table (a line, a kind), folded, and what the query binds for it. */
typedef struct
{
  gint64  id;
  char   *code;
  char   *folded;
} Name;

static void
name_clear (gpointer data)
{
  Name *name = data;

  g_free (name->code);
  g_free (name->folded);
}

/* Reads the names of @sql (id or code, then name; one parameter: @param when not 0), folded. */
static GArray *
read_names (OndStore    *self,
            const char  *sql,
            gint64       param,
            gboolean     by_code,
            GError     **error)
{
  g_autoptr(OndStatement) stmt = _ond_store_prepare (self, sql, error);
  g_autoptr(GArray) names = NULL;
  gboolean has_row;
  gboolean ok;

  if (stmt == NULL || (param != 0 && !ond_statement_bind_int64 (stmt, 1, param, error)))
    return NULL;
  names = g_array_new (FALSE, TRUE, sizeof (Name));
  g_array_set_clear_func (names, name_clear);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      Name name = { 0 };

      if (by_code)
        name.code = g_strdup (ond_statement_get_text (stmt, 0));
      else
        name.id = ond_statement_get_int64 (stmt, 0);
      name.folded = ond_text_fold (ond_statement_get_text (stmt, 1));
      g_array_append_val (names, name);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&names);
}

/* The names of @names that hold @term: their indexes (guint). */
static GArray *
names_matching (GArray     *names,
                const char *term)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < names->len; i++)
    if (strstr (g_array_index (names, Name, i).folded, term) != NULL)
      g_array_append_val (found, i);
  return found;
}

/* ", ?" @n times after the first "?": the places of an IN list. */
static void
append_places (GString *sql,
               guint    n)
{
  g_string_append (sql, "?");
  for (guint i = 1; i < n; i++)
    g_string_append (sql, ", ?");
}

typedef struct
{
  char   *pattern;
  GArray *lines;   /* indexes into the lines that hold the word */
  GArray *kinds;   /* indexes into the kinds */
} Term;

static void
term_clear (gpointer data)
{
  Term *term = data;

  g_free (term->pattern);
  g_clear_pointer (&term->lines, g_array_unref);
  g_clear_pointer (&term->kinds, g_array_unref);
}

GArray *
_ond_store_list_booking_ids (OndStore               *self,
                             const OndBookingQuery  *query,
                             GError                **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GArray) terms = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GArray) kinds = NULL;
  g_auto(GStrv) words = NULL;
  const OndStoreSortSql *order;
  int place = 1;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail ((guint) query->sort < G_N_ELEMENTS (sort_sql), NULL);
  g_return_val_if_fail (query->year >= 0 && query->year <= 9999, NULL);

  words = _ond_store_search_words (query->search);
  order = ond_store_is_server (self) ? &sort_sql_server[query->sort] : &sort_sql[query->sort];

  terms = g_array_new (FALSE, TRUE, sizeof (Term));
  g_array_set_clear_func (terms, term_clear);
  if (words[0] != NULL)
    {
      lines = read_names (self, "SELECT id, name FROM budget_line WHERE plan_id = ?",
                          query->plan_id, FALSE, error);
      if (lines == NULL)
        return NULL;
      kinds = read_names (self, "SELECT code, label FROM booking_kind", 0, TRUE, error);
      if (kinds == NULL)
        return NULL;
    }
  for (guint i = 0; words[i] != NULL; i++)
    {
      Term term;

      term.pattern = _ond_store_like_pattern (words[i]);
      term.lines = names_matching (lines, words[i]);
      term.kinds = names_matching (kinds, words[i]);
      g_array_append_val (terms, term);
    }

  g_string_append (sql, "SELECT b.id FROM booking b");
  g_string_append (sql, order->join);
  g_string_append (sql, " WHERE " PLAN_BOOKINGS);
  if (query->kind != NULL)
    g_string_append (sql, " AND b.kind = ?");
  if (query->year != 0)
    g_string_append (sql, " AND b.date BETWEEN ? AND ?");
  for (guint i = 0; i < terms->len; i++)
    {
      const Term *term = &g_array_index (terms, Term, i);

      g_string_append (sql, " AND (" STORED_TEXT " LIKE ? ESCAPE '\\'");
      if (term->lines->len > 0)
        {
          g_string_append (sql, " OR b.line_id IN (");
          append_places (sql, term->lines->len);
          g_string_append (sql, ")");
        }
      if (term->kinds->len > 0)
        {
          g_string_append (sql, " OR b.kind IN (");
          append_places (sql, term->kinds->len);
          g_string_append (sql, ")");
        }
      g_string_append (sql, ")");
    }
  g_string_append (sql, " ORDER BY ");
  g_string_append (sql, query->descending ? order->descending : order->ascending);

  g_debug ("%s", sql->str);
  stmt = _ond_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;

  if (!ond_statement_bind_int64 (stmt, place++, query->plan_id, error))
    return NULL;
  if (query->kind != NULL && !ond_statement_bind_text (stmt, place++, query->kind, error))
    return NULL;
  if (query->year != 0 && !_ond_store_bind_year (stmt, &place, query->year, error))
    return NULL;
  for (guint i = 0; i < terms->len; i++)
    {
      const Term *term = &g_array_index (terms, Term, i);

      if (!ond_statement_bind_static_text (stmt, place++, term->pattern, error))
        return NULL;
      for (guint j = 0; j < term->lines->len; j++)
        {
          const Name *line = &g_array_index (lines, Name, g_array_index (term->lines, guint, j));

          if (!ond_statement_bind_int64 (stmt, place++, line->id, error))
            return NULL;
        }
      for (guint j = 0; j < term->kinds->len; j++)
        {
          const Name *kind = &g_array_index (kinds, Name, g_array_index (term->kinds, guint, j));

          if (!ond_statement_bind_static_text (stmt, place++, kind->code, error))
            return NULL;
        }
    }

  return _ond_store_collect_ids (stmt, error);
}

/* Reading rows. */

/* A booking from the columns of _ond_store_read_bookings (). */
static gpointer
read_booking_row (OndStatement *stmt)
{
  OndBooking *booking = ond_booking_new (ond_statement_get_int64 (stmt, 0),
                                         ond_statement_get_text (stmt, 1),
                                         ond_statement_get_int64 (stmt, 2),
                                         ond_statement_get_text (stmt, 3),
                                         ond_statement_get_int64 (stmt, 4),
                                         ond_statement_get_text (stmt, 5),
                                         ond_statement_get_text (stmt, 6),
                                         ond_statement_get_text (stmt, 7),
                                         ond_statement_get_text (stmt, 8),
                                         ond_statement_get_text (stmt, 9),
                                         ond_statement_get_int64 (stmt, 10));

  /* What an edit opened from the list is checked against (ond-store-migration-12.c). */
  ond_booking_set_row_version (booking, ond_statement_get_int64 (stmt, 11));
  return booking;
}

GPtrArray *
_ond_store_read_bookings (OndStore      *self,
                          gint64         plan_id,
                          const gint64  *ids,
                          guint          n_ids,
                          GError       **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);

  stmt = _ond_store_prepare (self,
                             "SELECT b.id, b.date, coalesce(b.line_id, 0), l.name,"
                             "       b.amount_cents, b.kind, k.label, b.description,"
                             "       b.reference, b.supplier, coalesce(b.batch_id, 0),"
                             "       b.row_version"
                             " FROM booking b"
                             " LEFT JOIN budget_line l ON l.id = b.line_id"
                             " LEFT JOIN booking_kind k ON k.code = b.kind"
                             " WHERE (b.line_id IS NULL OR l.plan_id = ?)"
                             "  AND b.id IN (" OND_STORE_ID_PLACES ")",
                             error);
  if (stmt == NULL)
    return NULL;
  return _ond_store_read_by_ids (stmt, &plan_id, 1, ids, n_ids, read_booking_row, error);
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

gboolean
_ond_store_count_bookings (OndStore  *self,
                           gint64     plan_id,
                           guint     *n_total,
                           GArray   **years,
                           GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GArray) found = NULL;
  gint64 total = 0;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (n_total != NULL, FALSE);
  g_return_val_if_fail (years != NULL, FALSE);

  stmt = _ond_store_prepare (self,
                             "SELECT substr(b.date, 1, 4), count(*) FROM booking b"
                             " WHERE " PLAN_BOOKINGS
                             " GROUP BY substr(b.date, 1, 4)",
                             error);
  if (stmt == NULL || !ond_statement_bind_int64 (stmt, 1, plan_id, error))
    return FALSE;

  found = g_array_new (FALSE, FALSE, sizeof (int));
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      const char *year = ond_statement_get_text (stmt, 0);
      int value = 0;

      total += ond_statement_get_int64 (stmt, 1);
      /* As ond_booking_get_year (): four digits, or no year. */
      if (year != NULL && g_ascii_isdigit (year[0]) && g_ascii_isdigit (year[1]) &&
          g_ascii_isdigit (year[2]) && g_ascii_isdigit (year[3]))
        value = (int) g_ascii_strtoll (year, NULL, 10);
      if (value > 0)
        g_array_append_val (found, value);
    }
  if (!ok)
    return FALSE;

  g_array_sort (found, compare_years);
  *n_total = (guint) MIN (total, (gint64) G_MAXUINT);
  *years = g_steal_pointer (&found);
  return TRUE;
}
