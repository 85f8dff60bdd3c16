#!/bin/sh
# build.sh BUILDDIR [OUTDIR]
#
# Installs wine-clusapi from the configured build tree BUILDDIR into a
# temporary staging directory (make install DESTDIR=...), then builds
# list-cluster.exe for every architecture that was installed, using only
# what was installed: pkg-config (PKG_CONFIG_LIBDIR + PKG_CONFIG_SYSROOT_DIR)
# gives the -I and -L/-l flags.  The executables land in OUTDIR (default:
# the current directory).  Exit status: 0 if every build worked.
set -e
builddir=${1:?usage: build.sh BUILDDIR [OUTDIR]}
outdir=${2:-$(pwd)}
here=$(cd "$(dirname "$0")" && pwd)
stage=$(mktemp -d "${TMPDIR:-/tmp}/list-cluster.XXXXXX")
trap 'rm -rf "$stage"' EXIT INT TERM

prefix=$(sed -n 's/^prefix = //p' "$builddir/Makefile")
make -s -C "$builddir" install DESTDIR="$stage/root" >/dev/null

built=0
for arch in x86_64 i686; do
    pcdir="$stage/root$prefix/$arch-w64-mingw32/lib/pkgconfig"
    [ -f "$pcdir/clusapi.pc" ] || continue
    command -v "$arch-w64-mingw32-gcc" >/dev/null || continue
    PKG_CONFIG_LIBDIR=$pcdir PKG_CONFIG_SYSROOT_DIR="$stage/root" \
        make -s -C "$here" ARCH=$arch "list-cluster-$arch.exe"
    mv "$here/list-cluster-$arch.exe" "$outdir/"
    echo "built $outdir/list-cluster-$arch.exe"
    built=$((built + 1))
done
[ "$built" -gt 0 ]
