# CPack: a Debian package and a tarball, built from the install() rules (binaries in app/, desktop
# integration in packaging/). `cpack -G DEB` in the build folder; packaging/check-package.sh builds,
# installs and checks the DEB the way CI does.
set(CPACK_PACKAGE_NAME "quantbench")
set(CPACK_PACKAGE_VENDOR "QuantBench developers")
set(CPACK_PACKAGE_CONTACT "QuantBench developers <quantbench@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# One string: separate arguments to set() would become a list joined by semicolons. Lines stay
# under 80 columns for the Debian control file.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
  "QuantBench opens TorchScript models, shows them layer by layer and\n"
  "quantizes them to int8 with LibTorch: dynamic, static, hybrid and\n"
  "quantization-aware training, with per-layer settings. It compares each\n"
  "result with the float model (accuracy, output SQNR, per-layer SQNR,\n"
  "latency), ranks layers by sensitivity, searches for the layers to keep\n"
  "in float within an accuracy budget, records every experiment in an\n"
  "SQLite log and writes reports. quantbench-cli does the same without a\n"
  "display.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
# dpkg-shlibdeps turns the libraries the binaries link (Qt 6, LibTorch, QCustomPlot, zlib) into
# versioned Debian 12 dependencies. It cannot see what is loaded at run time, listed here:
# the SQLite driver for the experiment log, and OpenBLAS, without which LibTorch falls back to the
# reference BLAS and every float baseline (and so every reported speedup) is off by a wide margin.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libopenblas0-openmp")
# A shared experiment log on a PostgreSQL server needs Qt's PostgreSQL driver, also loaded at run time.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
# The demo and the `fashion-mnist` data argument read Debian's copy of the data set.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "dataset-fashion-mnist")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
