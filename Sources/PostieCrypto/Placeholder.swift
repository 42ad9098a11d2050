// PostieCrypto: placeholder until its first stage lands.
