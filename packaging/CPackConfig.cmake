# CPack: a Debian package and a tarball. Dependencies are Debian 12's runtime packages.
set(CPACK_PACKAGE_NAME "quantbench")
set(CPACK_PACKAGE_VENDOR "QuantBench developers")
set(CPACK_PACKAGE_CONTACT "QuantBench developers <quantbench@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6core6, libqt6gui6, libqt6widgets6, libqt6sql6, libqt6sql6-sqlite, libqt6svg6, libqt6printsupport6, libqcustomplot2.1-qt6 | libqcustomplot2.1, libtorch1.13, libopenblas0-openmp")
set(CPACK_STRIP_FILES ON)
include(CPack)
