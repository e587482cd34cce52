/* first-frame.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The first-frame probe of the start benchmark (see first-frame.h). The same probe watches
 * the bare libadwaita window and the application's window, so both are measured alike. */

#define G_LOG_DOMAIN "bench-first-frame"

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include "first-frame.h"

static void
after_paint (GdkFrameClock *clock,
             GtkWindow     *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  gint64 now;

  if (surface == NULL || !gdk_surface_get_mapped (surface) ||
      !gtk_widget_get_mapped (GTK_WIDGET (window)))
    return;
  /* The drawing has reached the display server. */
  gdk_display_sync (gtk_widget_get_display (GTK_WIDGET (window)));
  now = g_get_monotonic_time ();
  printf ("first-frame %" G_GINT64_FORMAT "\n", now);
  fflush (stdout);
  _exit (0);
}

static void
realized (GtkWidget *widget)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (widget));

  g_signal_connect (gdk_surface_get_frame_clock (surface), "after-paint",
                    G_CALLBACK (after_paint), widget);
}

void
bench_first_frame_watch (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    realized (GTK_WIDGET (window));
  else
    g_signal_connect_after (window, "realize", G_CALLBACK (realized), NULL);
}
