// PostieCore: placeholder until its first stage lands.
