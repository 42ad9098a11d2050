// GalleryEmulator: placeholder until its first stage lands.
