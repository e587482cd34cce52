/* ond-xlsx-dump.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ond-xlsx-dump"

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "ond-xlsx-dump.h"

#define PYTHON "/usr/bin/python3"

/* The facts that have a key after their name. */
static const char * const keyed[] = { "width", "prop", "custom", "cell" };

struct _XlsxDump
{
  /* "fact" or "fact\tkey" -> the fields after them (GStrv, unescaped). */
  GHashTable *facts;
};

static gboolean
is_keyed (const char *fact)
{
  for (guint i = 0; i < G_N_ELEMENTS (keyed); i++)
    if (g_str_equal (fact, keyed[i]))
      return TRUE;
  return FALSE;
}

static void
add_line (XlsxDump   *dump,
          const char *line)
{
  g_auto(GStrv) fields = g_strsplit (line, "\t", -1);
  guint n = g_strv_length (fields);
  guint first = 1;
  g_autofree char *key = NULL;
  GStrv values;

  if (n == 0 || fields[0][0] == '\0')
    return;
  if (is_keyed (fields[0]))
    {
      g_assert_cmpuint (n, >=, 2);
      key = g_strconcat (fields[0], "\t", fields[1], NULL);
      first = 2;
    }
  else
    key = g_strdup (fields[0]);

  values = g_new0 (char *, n - first + 1);
  for (guint i = first; i < n; i++)
    values[i - first] = g_strcompress (fields[i]);
  g_hash_table_replace (dump->facts, g_steal_pointer (&key), values);
}

/**
 * xlsx_dump_read:
 * @path: a workbook
 *
 * Returns: (transfer full) (nullable): what openpyxl reads in it
 */
XlsxDump *
xlsx_dump_read (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "dump_xlsx.py", NULL);
  const char *argv[] = { PYTHON, script, path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  XlsxDump *dump;
  int status = 0;

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("needs " PYTHON " with openpyxl");
      return NULL;
    }

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_test_skip ("needs python3-openpyxl");
      return NULL;
    }
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("dump_xlsx.py could not read %s: %s\n%s", path, error->message, err);

  dump = g_new0 (XlsxDump, 1);
  dump->facts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) g_strfreev);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    add_line (dump, lines[i]);
  return dump;
}

void
xlsx_dump_free (XlsxDump *dump)
{
  if (dump == NULL)
    return;
  g_hash_table_unref (dump->facts);
  g_free (dump);
}

const char * const *
xlsx_dump_fields (XlsxDump   *dump,
                  const char *fact)
{
  return g_hash_table_lookup (dump->facts, fact);
}

const char *
xlsx_dump_get (XlsxDump   *dump,
               const char *fact)
{
  const char * const *fields = xlsx_dump_fields (dump, fact);

  return fields != NULL ? fields[0] : NULL;
}

const char *
xlsx_dump_value (XlsxDump   *dump,
                 const char *fact,
                 const char *key)
{
  g_autofree char *name = g_strconcat (fact, "\t", key, NULL);
  const char * const *fields = g_hash_table_lookup (dump->facts, name);

  return fields != NULL ? fields[0] : NULL;
}

/* The fields of a cell: type, value, number format, bold, wrap. */
static const char *
cell_field (XlsxDump   *dump,
            const char *cell,
            guint       index)
{
  static const char * const empty[] = { "empty", "", "General", "0", "0" };
  g_autofree char *name = g_strconcat ("cell\t", cell, NULL);
  const char * const *fields = g_hash_table_lookup (dump->facts, name);

  if (fields == NULL)
    return empty[index];
  g_assert_cmpuint (g_strv_length ((GStrv) fields), ==, 5);
  return fields[index];
}

const char *
xlsx_dump_type (XlsxDump   *dump,
                const char *cell)
{
  return cell_field (dump, cell, 0);
}

const char *
xlsx_dump_text (XlsxDump   *dump,
                const char *cell)
{
  return cell_field (dump, cell, 1);
}

const char *
xlsx_dump_format (XlsxDump   *dump,
                  const char *cell)
{
  return cell_field (dump, cell, 2);
}

gboolean
xlsx_dump_bold (XlsxDump   *dump,
                const char *cell)
{
  return g_str_equal (cell_field (dump, cell, 3), "1");
}

gboolean
xlsx_dump_wraps (XlsxDump   *dump,
                 const char *cell)
{
  return g_str_equal (cell_field (dump, cell, 4), "1");
}

/* "A", "B", ... "Z", "AA" for column @col (from 1). */
static char *
column_letters (guint col)
{
  char letters[8];
  guint i = sizeof letters - 1;

  letters[i] = '\0';
  while (col > 0 && i > 0)
    {
      letters[--i] = (char) ('A' + (col - 1) % 26);
      col = (col - 1) / 26;
    }
  return g_strdup (letters + i);
}

GStrv
xlsx_dump_row (XlsxDump *dump,
               guint     row)
{
  const char * const *max = xlsx_dump_fields (dump, "max");
  g_autoptr(GStrvBuilder) texts = g_strv_builder_new ();
  guint n_columns;

  g_assert_nonnull (max);
  n_columns = (guint) g_ascii_strtoull (max[1], NULL, 10);
  for (guint col = 1; col <= n_columns; col++)
    {
      g_autofree char *letters = column_letters (col);
      g_autofree char *cell = g_strdup_printf ("%s%u", letters, row);

      g_strv_builder_add (texts, xlsx_dump_text (dump, cell));
    }
  return g_strv_builder_end (texts);
}
